package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric citation markers in text: {@code [4]}, each of a run {@code [2][6]}, ranges {@code [3–5]} and
 * {@code [3-5]}, lists {@code [3, 5]} and {@code [3; 5]}, mixes {@code [2,4-6]}, IEEE's collapsed ranges
 * {@code [1]–[4]} (1 to 4), and locators, which are not citation numbers: {@code [2, p. 23]}, {@code [2, pp.
 * 23–25]}, {@code [2: 23]}. Every number a group stands for becomes a {@link Marker} spanning the whole group, so
 * that a finding shows what the reader sees. Bracketed words such as {@code [ru]} or {@code [citation needed]}
 * are not markers, and neither are brackets that read as intervals ({@code [0, 1]}), descending ranges, operands
 * of formulas ({@code x ∈ [1, 5]}) or code ({@code buffer[3] = 0;}).
 */
public final class MarkerScanner {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]{1,120})]");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})(?:\\s*[-–—]\\s*(\\d{1,4}))?");
    /** A number with its locator after a colon: {@code 2: 23}, {@code 2:23–25}. */
    private static final Pattern COLON = Pattern.compile("(\\d{1,4})\\s*:\\s*" + Locator.VALUE);
    /** Between the two brackets of a collapsed range. */
    private static final Pattern DASH = Pattern.compile("\\s{0,2}[-–—]\\s{0,2}");
    /** A range wider than this is more likely an interval than a run of references. */
    private static final int MAX_RANGE = 60;
    /** In ranges and lists, larger numbers are years ({@code [1914–1918]}), not references. */
    private static final int MAX_IN_GROUP = 999;

    private MarkerScanner() {
    }

    /** What a group's content stands for: its numbers, and its last number when that is a plain one (else -1). */
    record Group(int start, int end, List<Integer> numbers, int lastPlain, int single) {
        /** This group and the next joined by a dash: {@code [1]–[4]}. */
        Group through(Group next) {
            List<Integer> all = new ArrayList<>(numbers);
            for (int n = lastPlain + 1; n <= next.single; n++) all.add(n);
            return new Group(start, next.end, all, -1, -1);
        }
    }

    public static List<Marker> scan(CharSequence text, int from, int to) {
        List<Marker> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text).region(from, to);
        Group pending = null;
        MarkerContext context = new MarkerContext(text);
        while (m.find()) {
            Group g = group(m.group(1), m.start(), m.end());
            if (g == null || colonSlice(text, m) || context.codeOrFormula(m.start(), m.end())) continue;
            if (pending != null && joins(text, pending, g)) {
                pending = pending.through(g);
                continue;
            }
            if (pending != null) emit(pending, out);
            pending = g;
        }
        if (pending != null) emit(pending, out);
        return out;
    }

    /** The numbers a bracket's content stands for, or none when it does not read as citations. */
    static List<Integer> numbers(String content) {
        Group g = group(content, 0, 0);
        return g == null ? List.of() : g.numbers();
    }

    /**
     * Reads a group's content, pieces separated by commas or semicolons: numbers, ranges, numbers with a locator
     * after a colon, and labelled locators ({@code p. 23}) after a number. Null when any piece is something else.
     */
    static Group group(String content, int start, int end) {
        List<Integer> out = new ArrayList<>();
        int lastPlain = -1;
        boolean located = true;
        String[] pieces = content.split("[,;]", 40);
        for (String raw : pieces) {
            String piece = raw.strip();
            Matcher n = NUMBER.matcher(piece), c = COLON.matcher(piece);
            int first, last;
            if (n.matches()) {
                first = Integer.parseInt(n.group(1));
                last = n.group(2) == null ? first : Integer.parseInt(n.group(2));
                lastPlain = n.group(2) == null ? first : -1;
                located = false;
            } else if (c.matches()) {
                first = last = Integer.parseInt(c.group(1));
                lastPlain = -1;
                located = true;
            } else if (!located && Locator.LABELLED.matcher(piece).matches()) {
                lastPlain = -1;
                located = true;
                continue;
            } else {
                return null;
            }
            if (first < 1 || last < first || last - first > MAX_RANGE) return null;
            if (!content.strip().matches("\\d+") && last > MAX_IN_GROUP) return null;
            for (int k = first; k <= last; k++) out.add(k);
        }
        int single = pieces.length == 1 && lastPlain > 0 ? lastPlain : -1;
        return out.isEmpty() ? null : new Group(start, end, out, lastPlain, single);
    }

    /** {@code [1]–[4]}: a dash between a plain last number and a single higher one, close enough to be a run. */
    private static boolean joins(CharSequence text, Group first, Group next) {
        return first.lastPlain() > 0 && next.single() > first.lastPlain()
                && next.single() - first.lastPlain() <= MAX_RANGE
                && DASH.matcher(text.subSequence(first.end(), next.start())).matches();
    }

    /** {@code a[2:3]}: a slice of code, not a marker with a locator, when glued to what it indexes. */
    private static boolean colonSlice(CharSequence text, Matcher m) {
        if (m.group(1).indexOf(':') < 0 || m.start() == 0) return false;
        char c = text.charAt(m.start() - 1);
        return Character.isLetterOrDigit(c) || c == '_' || c == ')' || c == ']';
    }

    private static void emit(Group g, List<Marker> out) {
        for (int n : g.numbers()) out.add(new Marker(n, g.start(), g.end()));
    }
}
