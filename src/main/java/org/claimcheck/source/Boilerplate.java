package org.claimcheck.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The boilerplate an editor names in {@code sources.yaml} as ranges of the document's text: lines of the file
 * (for HTML, a line of the page's text counts when it starts on a named line of the HTML file; for PDF, the
 * named lines of every page), and every line of the text that holds a named text, spaces of any kind and number
 * matching one another. Selectors are applied by the HTML reader, which has the page's elements.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    static List<SetAside.Range> ranges(SourceInfo info, String text, IntFunction<Position> positions) {
        List<SetAside.Range> out = new ArrayList<>();
        if (info.boilerplate().isEmpty() && info.boilerplateTexts().isEmpty()) return out;
        int[][] lines = merged(info.boilerplate());
        List<String> needles = info.boilerplateTexts().stream().map(Boilerplate::spaced).toList();
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end > start) {
                if (named(lines, positions.apply(start).line())) {
                    out.add(new SetAside.Range(start, end, SetAside.Reason.LINES));
                } else if (!needles.isEmpty()) {
                    String line = spaced(text.substring(start, end));
                    if (needles.stream().anyMatch(line::contains)) out.add(new SetAside.Range(start, end, SetAside.Reason.TEXT));
                }
            }
            start = end + 1;
        }
        return out;
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
