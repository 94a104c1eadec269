package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;

/**
 * When an assertion holds: a point ({@code at}) or an interval {@code [from, until)}, either end open (null).
 * {@code until} is exclusive: "until February 1945" ends before February 1945 begins.
 */
public record TimeSpan(PartialDate at, PartialDate from, PartialDate until) {
    public static final TimeSpan ALWAYS = new TimeSpan(null, null, null);

    public boolean isPoint() {
        return at != null;
    }

    /** True when the whole of {@code point} lies inside this interval, so that no reading of it falls outside. */
    public boolean surelyContains(PartialDate point) {
        if (at != null) return !point.first().isBefore(at.first()) && !point.last().isAfter(at.last());
        boolean afterStart = from == null || !point.first().isBefore(from.first());
        boolean beforeEnd = until == null || point.last().isBefore(until.first());
        return afterStart && beforeEnd;
    }

    /** Whether two spans may overlap; an unspecified time may be any time. */
    public boolean mayOverlap(TimeSpan other) {
        java.time.LocalDate start = max(startDay(), other.startDay());
        java.time.LocalDate end = min(endDay(), other.endDay());
        return start == null || end == null || !start.isAfter(end);
    }

    private java.time.LocalDate startDay() {
        return at != null ? at.first() : from == null ? null : from.first();
    }

    private java.time.LocalDate endDay() {
        return at != null ? at.last() : until == null ? null : until.first().minusDays(1);
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        if (at != null) return "in " + at;
        if (from != null && until != null) return "from " + from + " until " + until;
        if (from != null) return "from " + from;
        if (until != null) return "until " + until;
        return "at any time";
    }
}
