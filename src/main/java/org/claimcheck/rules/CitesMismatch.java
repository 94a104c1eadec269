package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Marker;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Quote;
import org.claimcheck.source.Document;
import org.claimcheck.text.SentenceSplitter;

/** A quote's {@code cites:} against the markers its source carries at the quote's place. */
@RuleInfo(id = "cites-mismatch", severity = Severity.WARNING,
        summary = "a quote's cites differ from the markers its source carries at the quote",
        description = """
                A quote's `cites` records the markers the source carries there: those inside the quoted words, \
                with the first run of markers after them before its sentence ends (`in 1924.[4]`, or `in 1974[8] \
                and`) or with the run that closes its sentence. A number recorded that the source does not carry \
                there, or a marker carried there that is not recorded, is reported with the markers the source \
                has; quotes without `cites` are not checked.""")
public final class CitesMismatch implements Rule {
    /** How far past a quote its sentence is looked for: a sentence is rarely longer. */
    private static final int SENTENCE_REACH = 2000;

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Claim claim : ws.claims()) {
            for (Quote quote : claim.quotes()) {
                if (quote.cites().isEmpty()) continue;
                Anchor a = ws.anchor(quote);
                if (!a.found()) continue;
                Document doc = ws.document(quote.source());
                List<List<Marker>> readings = carried(doc, sorted(ws, doc), a.start(), a.end());
                TreeSet<Integer> cites = new TreeSet<>(quote.cites());
                if (readings.stream().anyMatch(r -> numbers(r).equals(cites))) continue;
                List<Marker> carried = readings.stream().flatMap(List::stream).distinct().toList();
                TreeSet<Integer> numbers = numbers(readings.get(0));
                List<Location> where = new ArrayList<>();
                where.add(Location.inClaimFile(quote.place(), quote.text()));
                where.add(ws.locate(doc, a.start(), a.end()));
                carried.stream().map(m -> ws.locate(doc, m.start(), m.end())).distinct().forEach(where::add);
                String has = numbers.isEmpty() ? "no marker there" : readings.size() == 1 ? brackets(numbers) + " there"
                        : brackets(numbers) + " after it and " + brackets(numbers(readings.get(1))) + " where its sentence ends";
                out.add(finding("quote of claim '" + claim.id() + "' cites " + brackets(quote.cites()) + ", but "
                        + doc.path() + " carries " + has + " (" + where.get(1) + ")", where,
                        numbers.isEmpty() ? "remove cites, or quote the passage that carries " + brackets(quote.cites())
                                : "cites: " + numbers));
            }
        }
        return out;
    }

    private static TreeSet<Integer> numbers(List<Marker> markers) {
        return new TreeSet<>(markers.stream().map(Marker::number).toList());
    }

    private static String brackets(java.util.Collection<Integer> numbers) {
        return String.join("", numbers.stream().map(n -> "[" + n + "]").toList());
    }

    private static List<Marker> sorted(Workspace ws, Document doc) {
        return ws.derived(List.of(CitesMismatch.class, doc.id()), () -> doc.markers().stream()
                .sorted(Comparator.comparingInt(Marker::start)).toList());
    }

    /**
     * What the source carries at [start, end): the markers inside it with the first run after it, and with the
     * run that closes its sentence ("visit to Mongolia —the first since 1974[8]— and renewed a treaty.[2][7]":
     * the quote of the visit is carried by [2][7] as well as by [8]), both up to the end of its sentence.
     */
    static List<List<Marker>> carried(Document doc, List<Marker> markers, int start, int end) {
        String text = doc.text();
        int lineEnd = text.indexOf('\n', end);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, end + SENTENCE_REACH);
        int sentenceEnd = end;
        for (SentenceSplitter.Span s : SentenceSplitter.split(text, start, to)) {
            if (s.start() < end && end <= s.end()) sentenceEnd = s.end();
        }
        List<Marker> inside = new ArrayList<>();
        int i = firstAtOrAfter(markers, start);
        for (; i < markers.size() && markers.get(i).start() < end; i++) inside.add(markers.get(i));
        List<List<Marker>> runs = new ArrayList<>();
        int runEnd = -1;
        for (; i < markers.size(); i++) {
            Marker m = markers.get(i);
            boolean sameRun = runEnd >= 0 && onlyPunctuation(text, runEnd, m.start());
            if (m.start() >= sentenceEnd && !sameRun) break; // a run that closes the sentence ends past its split
            if (!sameRun) runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(m);
            runEnd = Math.max(runEnd, m.end());
        }
        List<List<Marker>> out = new ArrayList<>();
        out.add(join(inside, runs.isEmpty() ? List.of() : runs.get(0)));
        if (runs.size() > 1 && runEnd >= sentenceEnd) out.add(join(inside, runs.get(runs.size() - 1)));
        return out;
    }

    private static List<Marker> join(List<Marker> a, List<Marker> b) {
        List<Marker> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Whether only spaces and commas stand between two markers of one run ("[3][4]", "[3], [4]"). */
    private static boolean onlyPunctuation(String text, int from, int to) {
        if (to < from) return true; // several numbers of one bracket share its span
        if (to - from > 3) return false;
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') return false;
        return true;
    }

    private static int firstAtOrAfter(List<Marker> markers, int offset) {
        int lo = 0;
        int hi = markers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (markers.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
