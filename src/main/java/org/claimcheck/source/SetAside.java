package org.claimcheck.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a document's text that are not the work's own (page furniture and boilerplate): they stay in
 * the text, so positions hold and a quote of a footer is still found, but no rule and no coverage count looks
 * at them. Each part carries why it was set aside; where reasons overlap, the first in {@link Reason}'s order
 * counts, so a selector that names what the page structure already set aside adds nothing to its tally.
 */
public final class SetAside {
    /** Why text was set aside, in the order reasons count; {@code id} names it in the JSON report. */
    public enum Reason {
        STRUCTURE("structure", "page structure"),
        RUNNING_HEAD("running-head", "running heads and page numbers"),
        SELECTOR("selector", "boilerplate selectors"),
        TEXT("text", "boilerplate texts"),
        LINES("lines", "boilerplate line ranges");

        private final String id;
        private final String label;

        Reason(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }

    /** A half-open span of text offsets set aside for one reason. */
    public record Range(int start, int end, Reason reason) {
    }

    public static final SetAside NONE = new SetAside(new int[0], new int[0], new Reason[0], new EnumMap<>(Reason.class), 0);

    private final int[] starts;
    private final int[] ends;
    private final Reason[] reasons;
    private final Map<Reason, Integer> characters;
    private final int textCharacters;

    private SetAside(int[] starts, int[] ends, Reason[] reasons, Map<Reason, Integer> characters, int textCharacters) {
        this.starts = starts;
        this.ends = ends;
        this.reasons = reasons;
        this.characters = Collections.unmodifiableMap(characters);
        this.textCharacters = textCharacters;
    }

    /**
     * The union of the ranges over {@code text}, each stretch under the first reason that covers it: a sweep
     * over the sorted range ends, linear in the text after sorting the ranges.
     */
    public static SetAside of(String text, List<Range> ranges) {
        List<int[]> events = new ArrayList<>();
        for (Range r : ranges) {
            int start = Math.max(0, r.start());
            int end = Math.min(text.length(), r.end());
            if (start >= end) continue;
            events.add(new int[] {start, r.reason().ordinal(), 1});
            events.add(new int[] {end, r.reason().ordinal(), -1});
        }
        events.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] open = new int[Reason.values().length];
        List<Range> merged = new ArrayList<>();
        for (int i = 0; i < events.size(); ) {
            int at = events.get(i)[0];
            for (; i < events.size() && events.get(i)[0] == at; i++) open[events.get(i)[1]] += events.get(i)[2];
            int next = i < events.size() ? events.get(i)[0] : at;
            Reason reason = first(open);
            if (reason != null && next > at) add(merged, new Range(at, next, reason));
        }
        int n = merged.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        Reason[] reasons = new Reason[n];
        Map<Reason, Integer> characters = new EnumMap<>(Reason.class);
        for (int k = 0; k < n; k++) {
            Range r = merged.get(k);
            starts[k] = r.start();
            ends[k] = r.end();
            reasons[k] = r.reason();
            int visible = visible(text, r.start(), r.end());
            if (visible > 0) characters.merge(r.reason(), visible, Integer::sum);
        }
        return new SetAside(starts, ends, reasons, characters, visible(text, 0, text.length()));
    }

    private static Reason first(int[] open) {
        for (Reason r : Reason.values()) {
            if (open[r.ordinal()] > 0) return r;
        }
        return null;
    }

    /** Appends a stretch, joining it to the previous one when they touch and share a reason. */
    private static void add(List<Range> merged, Range r) {
        Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && last.end() == r.start() && last.reason() == r.reason()) {
            merged.set(merged.size() - 1, new Range(last.start(), r.end(), r.reason()));
        } else {
            merged.add(r);
        }
    }

    private static int visible(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) n++;
        }
        return n;
    }

    /** Whether the character at {@code offset} is set aside. */
    public boolean contains(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && offset < ends[k];
    }

    /** Why the character at {@code offset} is set aside, or null when it is the work's text. */
    public Reason reason(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && offset < ends[k] ? reasons[k] : null;
    }

    /** The first offset in [from, to) that is not set aside, or -1 when all of it is. */
    public int firstKept(int from, int to) {
        int at = from;
        while (at < to) {
            int i = Arrays.binarySearch(starts, at);
            int k = i >= 0 ? i : -i - 2;
            if (k < 0 || at >= ends[k]) return at;
            at = ends[k];
        }
        return -1;
    }

    /** The text of [from, to) without the parts set aside. */
    public String kept(String text, int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = from;
        int i = Arrays.binarySearch(starts, from);
        for (int k = i >= 0 ? i : Math.max(0, -i - 2); k < starts.length && starts[k] < to && at < to; k++) {
            if (ends[k] <= at) continue;
            if (starts[k] > at) out.append(text, at, starts[k]);
            at = ends[k];
        }
        if (at < to) out.append(text, at, to);
        return out.toString();
    }

    /** Visible (non-space) characters set aside, by reason; reasons that set nothing aside are absent. */
    public Map<Reason, Integer> characters() {
        return characters;
    }

    /** Visible characters set aside in all. */
    public int total() {
        return characters.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Visible characters of the whole text, set aside or not. */
    public int textCharacters() {
        return textCharacters;
    }
}
