package org.claimcheck.anchor;

import java.text.Normalizer;

/**
 * A text with typographic variation folded away (curly and straight quotes, dash kinds, runs of whitespace and
 * line breaks, invisible characters, and Unicode compatibility forms: a decomposed accent is its composed letter,
 * a PDF ligature {@code ﬁ} is {@code fi}, by NFKC), keeping for every character the span it came from. NFKC is
 * applied per character with its combining marks, so every folded character maps back to whole original
 * characters: a match never starts or ends inside a ligature's or an accent's original span.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origin;
    private final int[] originEnds;

    private NormalizedText(String text, int[] origin, int[] originEnds) {
        this.text = text;
        this.origin = origin;
        this.originEnds = originEnds;
    }

    public static NormalizedText of(String original) {
        return new Builder(original).build();
    }

    private static final class Builder {
        private final String original;
        private final StringBuilder out;
        private int[] origin;
        private int[] ends;
        private boolean pendingSpace;
        private int lastSpace;
        private int lastSpaceEnd;

        Builder(String original) {
            this.original = original;
            this.out = new StringBuilder(original.length());
            this.origin = new int[original.length() + 1];
            this.ends = new int[original.length() + 1];
        }

        NormalizedText build() {
            int i = 0;
            while (i < original.length()) {
                int unitEnd = unitEnd(i);
                char c = original.charAt(i);
                if (unitEnd == i + 1 && (c < 0x80 || fold(c) != c)) {
                    emit(c, i, unitEnd);
                } else {
                    String folded = Normalizer.normalize(original.substring(i, unitEnd), Normalizer.Form.NFKC);
                    for (int k = 0; k < folded.length(); k++) emit(folded.charAt(k), i, unitEnd);
                }
                i = unitEnd;
            }
            origin[out.length()] = original.length();
            ends[out.length()] = original.length();
            return new NormalizedText(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1),
                    java.util.Arrays.copyOf(ends, out.length() + 1));
        }

        /** The end of the character at {@code i} with its combining marks (and a surrogate pair's second half). */
        private int unitEnd(int i) {
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < original.length() && isMark(original.codePointAt(j))) j += Character.charCount(original.codePointAt(j));
            return j;
        }

        private void emit(char c, int from, int to) {
            if (isInvisible(c)) return;
            if (org.claimcheck.text.Spaces.isSpace(c)) {
                pendingSpace = out.length() > 0;
                lastSpace = from;
                lastSpaceEnd = to;
                return;
            }
            if (pendingSpace) {
                put(' ', lastSpace, lastSpaceEnd);
                pendingSpace = false;
            }
            put(fold(c), from, to);
        }

        private void put(char c, int from, int to) {
            if (out.length() + 1 >= origin.length) {
                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                ends = java.util.Arrays.copyOf(ends, ends.length * 2);
            }
            origin[out.length()] = from;
            ends[out.length()] = to;
            out.append(c);
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static char fold(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4': case '`':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return c;
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    public String text() {
        return text;
    }

    /** The offset in the original text of normalized offset {@code i}; the original length at the end. */
    public int origin(int i) {
        return origin[i];
    }

    /** The original end offset (exclusive) of a normalized range ending (exclusive) at {@code end}. */
    public int originEnd(int end) {
        return end == 0 ? origin[0] : originEnds[end - 1];
    }
}
