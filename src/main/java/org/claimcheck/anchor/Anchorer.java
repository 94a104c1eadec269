package org.claimcheck.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locates quotes in one text: exact first, then with typography normalized, and otherwise the nearest passage
 * by edit distance. The normalized text is built once per text, on first need. A quote that stands in several
 * places has them all ({@link #occurrences}), and a prefix, suffix or occurrence number picks among them.
 */
public final class Anchorer {
    /** How much of a quote that is not found is aligned to find the nearest passage (the cost grows with its square). */
    static final int NEAREST_CHARS = 2000;
    /** Places of one quote that are told apart: a quote standing more often than this is reported as "at least". */
    public static final int MAX_OCCURRENCES = 100;
    private final String text;
    private volatile NormalizedText normalized;
    private volatile TextPieces pieces;
    private final Map<String, Anchor> cache = new ConcurrentHashMap<>();
    private final Map<String, List<Hit>> hits = new ConcurrentHashMap<>();

    /** One place of a quote: where it stands in the normalized text, and in the original. */
    private record Hit(int from, int to, Anchor anchor) {
    }

    public Anchorer(String text) {
        this.text = text;
    }

    public Anchor anchor(String quote) {
        return cache.computeIfAbsent(quote, this::locate);
    }

    /** Every place the quote stands (at most {@link #MAX_OCCURRENCES}), in text order; empty when not found. */
    public List<Anchor> occurrences(String quote) {
        return hits(quote).stream().map(Hit::anchor).toList();
    }

    /**
     * The places a selector leaves: those whose text right before ends with {@code prefix} and right after
     * starts with {@code suffix} (both compared normalized; "" for none), and of those the {@code occurrence}th
     * (counted among all places, 1 for the first; 0 for any).
     */
    public List<Anchor> select(String quote, String prefix, String suffix, int occurrence) {
        List<Hit> all = hits(quote);
        String t = normalized().text();
        String p = NormalizedText.of(prefix).text();
        String s = NormalizedText.of(suffix).text();
        List<Anchor> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Hit h = all.get(i);
            if (occurrence > 0 && occurrence != i + 1) continue;
            if (!t.substring(Math.max(0, h.from() - p.length() - 1), h.from()).stripTrailing().endsWith(p)) continue;
            if (!t.substring(h.to(), Math.min(t.length(), h.to() + s.length() + 1)).stripLeading().startsWith(s)) continue;
            out.add(h.anchor());
        }
        return out;
    }

    private List<Hit> hits(String quote) {
        return hits.computeIfAbsent(quote, this::findAll);
    }

    private List<Hit> findAll(String quote) {
        String q = quote.strip();
        NormalizedText norm = normalized();
        String nq = NormalizedText.of(q).text();
        List<Hit> out = new ArrayList<>();
        if (nq.isEmpty()) return out;
        for (int n = norm.text().indexOf(nq); n >= 0 && out.size() < MAX_OCCURRENCES; n = norm.text().indexOf(nq, n + 1)) {
            int start = norm.origin(n);
            int end = norm.originEnd(n + nq.length());
            boolean exact = end - start == q.length() && text.startsWith(q, start);
            out.add(new Hit(n, n + nq.length(), new Anchor(exact ? Anchor.Match.EXACT : Anchor.Match.NORMALIZED, start, end, 0)));
        }
        return List.copyOf(out);
    }

    private Anchor locate(String quote) {
        String q = quote.strip();
        int at = text.indexOf(q);
        if (at >= 0) return new Anchor(Anchor.Match.EXACT, at, at + q.length(), 0);
        List<Hit> found = hits(quote);
        if (!found.isEmpty()) return found.get(0).anchor();
        NormalizedText norm = normalized();
        String nq = NormalizedText.of(q).text();
        // a quote is a sentence or two; past that, its opening is enough to show where the text differs
        NearestPassage.Match best = NearestPassage.find(nq.substring(0, Math.min(nq.length(), NEAREST_CHARS)), norm.text(),
                pieces(norm));
        return new Anchor(Anchor.Match.NOT_FOUND, norm.origin(best.start()), norm.originEnd(best.end()), best.distance());
    }

    /** The normalized text's pieces, indexed on the first quote not found (most texts have none). */
    private TextPieces pieces(NormalizedText norm) {
        TextPieces p = pieces;
        if (p == null) {
            p = TextPieces.of(norm.text(), NearestPassage.Q);
            pieces = p;
        }
        return p;
    }

    private NormalizedText normalized() {
        NormalizedText n = normalized;
        if (n == null) {
            n = NormalizedText.of(text);
            normalized = n;
        }
        return n;
    }
}
