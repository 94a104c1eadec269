package org.claimcheck.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.anchor.Anchorer;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.ClaimSet;
import org.claimcheck.claim.Quote;
import org.claimcheck.claim.Vocabulary;
import org.claimcheck.source.Document;
import org.claimcheck.source.Position;

/** What rules see: the source documents, the claims with their vocabulary, and where each quote stands. */
public final class Workspace {
    private static final int CONTEXT = 100;
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Anchorer> anchorers = new LinkedHashMap<>();
    private final ClaimSet claims;
    private final Map<Object, Object> derived = new java.util.HashMap<>();

    public Workspace(List<Document> documents, ClaimSet claims) {
        for (Document d : documents) {
            this.documents.put(d.id(), d);
            anchorers.put(d.id(), new Anchorer(d.text()));
        }
        this.claims = claims;
    }

    public List<Document> documents() {
        return List.copyOf(documents.values());
    }

    public Document document(String id) {
        return documents.get(id);
    }

    public List<Claim> claims() {
        return claims.claims();
    }

    /**
     * The claims that take part in constraints, for the rules that compare claims: every claim but those a
     * dispute ranks deprecated (kept, since a source says them, but compared with nothing).
     */
    public List<Claim> comparable() {
        java.util.Set<String> deprecated = new java.util.HashSet<>();
        for (org.claimcheck.claim.Dispute d : claims.disputes()) {
            d.ranks().forEach((id, rank) -> {
                if (rank == org.claimcheck.claim.Dispute.Rank.DEPRECATED) deprecated.add(id);
            });
        }
        if (deprecated.isEmpty()) return claims();
        return claims().stream().filter(c -> !deprecated.contains(c.id())).toList();
    }

    public List<org.claimcheck.claim.Dispute> disputes() {
        return claims.disputes();
    }

    public List<org.claimcheck.claim.Waiver> waivers() {
        return claims.waivers();
    }

    public Vocabulary vocabulary() {
        return claims.vocabulary();
    }

    /**
     * A value derived from the workspace once and shared by the rules that need it (the parsed reference
     * lists, read by several citation rules), keyed by what it was derived from.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Object key, java.util.function.Supplier<T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.get();
            derived.put(key, value);
        }
        return (T) value;
    }

    /**
     * Where the quote stands in its source (or the nearest passage when it is not there): the place its prefix,
     * suffix or occurrence picks, else (when they pick none, which {@code quote-ambiguous} reports) its first.
     */
    public Anchor anchor(Quote quote) {
        Anchorer anchorer = anchorers.get(quote.source());
        if (quote.selects()) {
            List<Anchor> picked = selected(quote);
            if (!picked.isEmpty()) return picked.get(0);
        }
        return anchorer.anchor(quote.text());
    }

    /** Every place the quote stands in its source, in text order (at most {@link Anchorer#MAX_OCCURRENCES}). */
    public List<Anchor> occurrences(Quote quote) {
        return anchorers.get(quote.source()).occurrences(quote.text());
    }

    /** The places the quote's prefix, suffix and occurrence leave (all of them when it gives none). */
    public List<Anchor> selected(Quote quote) {
        return anchorers.get(quote.source()).select(quote.text(), quote.prefix(), quote.suffix(), quote.occurrence());
    }

    /** The quote's place in its source, when it was found there. */
    public Optional<Location> locate(Quote quote) {
        Anchor a = anchor(quote);
        return a.found() ? Optional.of(locate(document(quote.source()), a.start(), a.end())) : Optional.empty();
    }

    /** A span of a document as a location: the file position of its start, its exact text and its context. */
    public Location locate(Document doc, int start, int end) {
        Position p = doc.position(start);
        String text = doc.text();
        int from = Math.max(lineStart(text, start), start - CONTEXT);
        int to = Math.min(lineEnd(text, end), end + CONTEXT);
        String context = (from > lineStart(text, start) ? "…" : "") + org.claimcheck.text.Spaces.trim(text.substring(from, to))
                + (to < lineEnd(text, end) ? "…" : "");
        return new Location(doc.path(), p.line(), p.column(), p.page(), text.substring(start, end), context);
    }

    private static int lineStart(String text, int at) {
        return at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    }

    private static int lineEnd(String text, int at) {
        int n = text.indexOf('\n', at);
        return n < 0 ? text.length() : n;
    }

    /** The places in the sources where a claim is said, for every quote that was found. */
    public List<Location> evidence(Claim claim) {
        return claim.quotes().stream().map(this::locate).flatMap(Optional::stream).toList();
    }

    /** Evidence for a finding about several claims: where each is said in the sources, then the claim entries. */
    public List<Location> evidence(List<Claim> claims) {
        List<Location> where = new java.util.ArrayList<>();
        claims.forEach(c -> where.addAll(evidence(c)));
        claims.forEach(c -> where.add(locate(c)));
        return where.stream().distinct().toList();
    }

    public Location locate(Claim claim) {
        return Location.inClaimFile(claim.place(), claim.id());
    }
}
