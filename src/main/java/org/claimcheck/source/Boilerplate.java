package org.claimcheck.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The boilerplate an editor names in {@code sources.yaml} as ranges of the document's text: lines of the file
 * (for HTML, a line of the page's text counts when it starts on a named line of the HTML file; for PDF, the
 * named lines of every page), and every line of the text that holds a named text as whole words, spaces of any
 * kind and number matching one another. Selectors are applied by the HTML reader, which has the page's elements.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    static List<SetAside.Range> ranges(SourceInfo info, String text, IntFunction<Position> positions) {
        List<SetAside.Range> out = new ArrayList<>();
        if (info.boilerplate().isEmpty() && info.boilerplateTexts().isEmpty()) return out;
        int[][] lines = merged(info.boilerplate());
        List<Needle> needles = info.boilerplateTexts().stream().map(Needle::of).toList();
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end > start) {
                if (named(lines, positions.apply(start).line())) {
                    out.add(new SetAside.Range(start, end, SetAside.Reason.LINES));
                } else if (!needles.isEmpty()) {
                    String line = spaced(text.substring(start, end));
                    if (needles.stream().anyMatch(n -> n.in(line))) {
                        out.add(new SetAside.Range(start, end, SetAside.Reason.TEXT));
                    }
                }
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * A named text, found in a line as whole words ("Share" names "Share this page", not "Shares of Microsoft
     * rose", which is the article's) by Knuth-Morris-Pratt: linear in the line whatever the text, where a naive
     * search of a long text in a long hostile line takes their product.
     */
    record Needle(String text, int[] fail) {
        static Needle of(String text) {
            String t = spaced(text);
            int[] fail = new int[t.length()];
            for (int i = 1, k = 0; i < t.length(); i++) {
                while (k > 0 && t.charAt(i) != t.charAt(k)) k = fail[k - 1];
                if (t.charAt(i) == t.charAt(k)) k++;
                fail[i] = k;
            }
            return new Needle(t, fail);
        }

        boolean in(String line) {
            if (text.isEmpty()) return false;
            for (int i = 0, k = 0; i < line.length(); i++) {
                while (k > 0 && line.charAt(i) != text.charAt(k)) k = fail[k - 1];
                if (line.charAt(i) == text.charAt(k)) k++;
                if (k == text.length()) {
                    int at = i + 1 - k;
                    if ((at == 0 || !joins(line.charAt(at - 1), text.charAt(0)))
                            && (i + 1 == line.length() || !joins(line.charAt(i + 1), text.charAt(k - 1)))) {
                        return true;
                    }
                    k = fail[k - 1];
                }
            }
            return false;
        }
    }

    /** Whether two characters side by side are one word. */
    private static boolean joins(char a, char b) {
        return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }

    /** A text with every run of spaces (any kind, tabs, no-break spaces) as one space, trimmed. */
    static String spaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The line ranges sorted and joined where they overlap or touch, for binary search. */
    private static int[][] merged(List<SourceInfo.LineRange> ranges) {
        List<int[]> out = new ArrayList<>();
        ranges.stream().sorted(Comparator.comparingInt(SourceInfo.LineRange::first)).forEach(r -> {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (long) r.first() <= (long) last[1] + 1) last[1] = Math.max(last[1], r.last());
            else out.add(new int[] {r.first(), r.last()});
        });
        return out.toArray(new int[0][]);
    }

    private static boolean named(int[][] ranges, int line) {
        int lo = 0;
        int hi = ranges.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (line < ranges[mid][0]) hi = mid - 1;
            else if (line > ranges[mid][1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
