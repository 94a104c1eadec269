package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric citation markers in text: {@code [4]}, each of a run {@code [2][6]}, ranges {@code [3–5]} and
 * {@code [3-5]}, lists {@code [3, 5]} and mixes {@code [2,4-6]}. Every number a bracket stands for becomes a
 * {@link Marker} spanning the whole bracket, so that a finding shows what the reader sees. Bracketed words such
 * as {@code [ru]} or {@code [citation needed]} are not markers, and neither are brackets that read as intervals
 * ({@code [0, 1]}) or descending ranges.
 */
public final class MarkerScanner {
    private static final String ITEM = "\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?";
    private static final Pattern BRACKET = Pattern.compile("\\[(" + ITEM + "(?:\\s*,\\s*" + ITEM + ")*)]");
    /** A range wider than this is more likely an interval than a run of references. */
    private static final int MAX_RANGE = 60;
    /** In ranges and lists, larger numbers are years ({@code [1914–1918]}), not references. */
    private static final int MAX_IN_GROUP = 999;

    private MarkerScanner() {
    }

    public static List<Marker> scan(CharSequence text, int from, int to) {
        List<Marker> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text).region(from, to);
        while (m.find()) {
            for (int n : numbers(m.group(1))) out.add(new Marker(n, m.start(), m.end()));
        }
        return out;
    }

    /** The numbers a bracket's content stands for, or none when it does not read as citations. */
    static List<Integer> numbers(String content) {
        List<Integer> out = new ArrayList<>();
        for (String item : content.split(",")) {
            String[] ends = item.strip().split("\\s*[-–—]\\s*");
            int first = Integer.parseInt(ends[0]);
            int last = Integer.parseInt(ends[ends.length - 1]);
            if (first < 1 || last < first || last - first > MAX_RANGE) return List.of();
            if (!content.matches("\\d+") && last > MAX_IN_GROUP) return List.of();
            for (int n = first; n <= last; n++) out.add(n);
        }
        return out;
    }
}
