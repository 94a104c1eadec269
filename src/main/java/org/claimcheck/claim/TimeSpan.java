package org.claimcheck.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.time.PartialDate;

/**
 * When an assertion holds, as the text gives it. A state holds over an interval: {@code from} (inclusive) to
 * {@code until} (exclusive: "until February 1945" ends before February 1945 begins) or {@code through}
 * (inclusive: "through 1987" includes 1987); either end may be open. An event happens once: {@code at} a date,
 * or at some time the text bounds: {@code by} (at or before), {@code after}, {@code before}. Unset keys are null.
 */
public record TimeSpan(PartialDate at, PartialDate from, PartialDate until, PartialDate through, PartialDate by,
        PartialDate after, PartialDate before) {
    public static final TimeSpan ALWAYS = new TimeSpan(null, null, null);

    public TimeSpan(PartialDate at, PartialDate from, PartialDate until) {
        this(at, from, until, null, null, null, null);
    }

    public boolean isPoint() {
        return at != null;
    }

    /** An event the text places in time (at a date, or by, after or before one): it happened once, in its bounds. */
    public boolean isEvent() {
        return at != null || by != null || after != null || before != null;
    }

    /** Whether the text gives any time at all. */
    public boolean given() {
        return isEvent() || from != null || until != null || through != null;
    }

    /** The first day it may hold or have happened, null when open. */
    public LocalDate earliest() {
        if (at != null) return at.first();
        if (from != null) return from.first();
        return after == null ? null : after.last().plusDays(1);
    }

    /** The last day it may hold or have happened, null when open. */
    public LocalDate latest() {
        if (at != null) return at.last();
        if (until != null) return until.first().minusDays(1);
        if (through != null) return through.last();
        if (by != null && before != null) return min(by.last(), before.first().minusDays(1));
        if (by != null) return by.last();
        return before == null ? null : before.first().minusDays(1);
    }

    /** True when the whole of {@code event}'s bounds lies inside this span, so that no reading of it falls outside. */
    public boolean surelyContains(TimeSpan event) {
        LocalDate first = event.earliest();
        LocalDate last = event.latest();
        if (first == null || last == null) return false;
        boolean afterStart = earliest() == null || !first.isBefore(earliest());
        boolean beforeEnd = latest() == null || !last.isAfter(latest());
        return afterStart && beforeEnd;
    }

    /** Whether two spans may overlap; an unspecified time may be any time. */
    public boolean mayOverlap(TimeSpan other) {
        LocalDate start = max(earliest(), other.earliest());
        LocalDate end = min(latest(), other.latest());
        return start == null || end == null || !start.isAfter(end);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        if (at != null) return "in " + (at.form() != null && at.form().matches(".*(s|century)") ? "the " : "") + at;
        List<String> words = new ArrayList<>();
        if (from != null) words.add("from " + from);
        if (until != null) words.add("until " + until);
        if (through != null) words.add("through " + through);
        if (after != null) words.add("after " + after);
        if (before != null) words.add((after != null ? "and before " : "before ") + before);
        if (by != null) words.add("by " + by);
        return words.isEmpty() ? "at any time" : String.join(" ", words);
    }
}
