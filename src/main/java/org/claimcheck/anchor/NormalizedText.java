package org.claimcheck.anchor;

/**
 * A text with typographic variation folded away (curly and straight quotes, dash kinds, runs of whitespace and
 * line breaks, invisible characters), keeping for every character the offset it came from.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origin;

    private NormalizedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    public static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        boolean pendingSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isInvisible(c)) continue;
            if (org.claimcheck.text.Spaces.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                origin[out.length()] = i - 1;
                out.append(' ');
                pendingSpace = false;
            }
            origin[out.length()] = i;
            out.append(fold(c));
        }
        origin[out.length()] = original.length();
        return new NormalizedText(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
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
        return end == 0 ? origin[0] : origin[end - 1] + 1;
    }
}
