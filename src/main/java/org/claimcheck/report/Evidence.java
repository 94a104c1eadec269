package org.claimcheck.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Location;
import org.claimcheck.source.Position;
import org.claimcheck.text.Spaces;

/**
 * Finds where a finding's evidence stands in its source's text (locations carry the file's line and column,
 * not text offsets) and cuts the paragraph around it for the report.
 */
final class Evidence {
    /** How many occurrences of a location's text are tried before giving up on placing it. */
    private static final int MAX_TRIES = 10_000;
    /** How much of a paragraph is shown on each side of the evidence; less when a finding has many pieces. */
    static final int AROUND = 600;
    static final int AROUND_MANY = 200;

    /** A piece of text split around the marked part; {@code at} is its offset in the source, or -1. */
    record Excerpt(int at, String before, String marked, String after) {
    }

    private final Map<String, AnnotatedText> byPath = new HashMap<>();
    private final Map<Location, Integer> offsets = new HashMap<>();

    Evidence(List<AnnotatedText> documents) {
        for (AnnotatedText d : documents) byPath.put(d.path(), d);
    }

    AnnotatedText document(Location l) {
        return l.isClaimFile() ? null : byPath.get(l.file());
    }

    /** The offset of the location's text in its document, or -1 when it is not there at that place. */
    int offset(Location l) {
        return offsets.computeIfAbsent(l, this::find);
    }

    private int find(Location l) {
        AnnotatedText d = document(l);
        if (d == null || l.text().isEmpty()) return -1;
        String text = d.text();
        int tries = 0;
        for (int at = text.indexOf(l.text()); at >= 0 && tries++ < MAX_TRIES; at = text.indexOf(l.text(), at + 1)) {
            Position p = d.position(at);
            if (p.line() == l.line() && p.column() == l.column() && p.page() == l.page()) return at;
        }
        return -1;
    }

    /**
     * The evidence inside its paragraph (its line of text, up to {@code around} characters each side), or inside
     * the location's own context.
     */
    Excerpt excerpt(Location l, int around) {
        int at = offset(l);
        if (at < 0) return fromContext(l);
        String text = document(l).text();
        int end = at + l.text().length();
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.length();
        int from = safe(text, Math.max(lineStart, at - around));
        int to = safe(text, Math.min(lineEnd, end + around));
        // a line's indent (no-break spaces too) is layout, not text to show
        while (from == lineStart && from < at && Spaces.isSpace(text.charAt(from))) lineStart = ++from;
        while (to == lineEnd && to > end && Spaces.isSpace(text.charAt(to - 1))) lineEnd = --to;
        String before = (from > lineStart ? "…" : "") + text.substring(from, at);
        String after = text.substring(end, to) + (to < lineEnd ? "…" : "");
        return new Excerpt(at, before, l.text(), after);
    }

    private static Excerpt fromContext(Location l) {
        String context = l.context() == null ? "" : l.context();
        int at = l.text().isEmpty() ? -1 : context.indexOf(l.text());
        if (at < 0) return new Excerpt(-1, "", l.text().isEmpty() ? context : l.text(), "");
        return new Excerpt(-1, context.substring(0, at), l.text(), context.substring(at + l.text().length()));
    }

    /** A cut that does not split a surrogate pair. */
    static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
