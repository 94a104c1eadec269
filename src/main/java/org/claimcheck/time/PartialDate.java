package org.claimcheck.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date of reduced precision ({@code 1921}, {@code 1921-11}, {@code 1921-11-05}): the span of days
 * from {@link #first()} to {@link #last()}. Dates of different precision that overlap do not conflict.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses a date, or empty when the text is not a valid ISO date of year, month or day precision. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            if (day > 0) LocalDate.of(year, month, day);
            else if (month > 0) YearMonth.of(year, month);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    public LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public LocalDate last() {
        if (day > 0) return first();
        if (month > 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    public boolean overlaps(PartialDate other) {
        return !last().isBefore(other.first()) && !other.last().isBefore(first());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : last().compareTo(o.last());
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
