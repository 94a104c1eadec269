package org.claimcheck.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as texts give it: the span of days from {@link #first()} to {@link #last()} that it may mean. An
 * ISO-8601 date of reduced precision ({@code 1921}, {@code 1921-11}, {@code 1921-11-05}), or, in the spirit of
 * EDTF (ISO 8601-2), an uncertain or approximate one ({@code 1921?}, {@code ~1921}: one unit either side), a
 * decade ({@code 1950s}, {@code 195X}), a century ({@code 19th century}, {@code 18XX}) or an interval of two
 * dates ({@code 1921/1922}). Checks compare spans, never a decade's first year: dates that overlap agree.
 * {@code form} is how a date other than a plain ISO one was written (null for plain dates).
 */
public record PartialDate(int year, int month, int day, LocalDate first, LocalDate last, String form)
        implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern QUALIFIED = Pattern.compile("(~?)(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)([?~%]?)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})(?:0s|X)");
    private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th) century|(\\d{2})XX");

    /** A plain ISO date of year ({@code month} 0), month ({@code day} 0) or day precision. */
    public PartialDate(int year, int month, int day) {
        this(year, month, day, LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)), end(year, month, day), null);
    }

    private static LocalDate end(int year, int month, int day) {
        if (day > 0) return LocalDate.of(year, month, day);
        if (month > 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    /** Parses a date in any of the forms above, or empty when the text is none of them. */
    public static Optional<PartialDate> parse(String text) {
        String s = text.strip();
        if (s.length() > 40) return Optional.empty();
        int slash = s.indexOf('/');
        if (slash > 0) {
            Optional<PartialDate> from = single(s.substring(0, slash));
            Optional<PartialDate> to = single(s.substring(slash + 1));
            if (from.isEmpty() || to.isEmpty() || to.get().last().isBefore(from.get().first())) return Optional.empty();
            return Optional.of(span(from.get().first(), to.get().last(), from.get() + "/" + to.get()));
        }
        return single(s);
    }

    private static Optional<PartialDate> single(String s) {
        Matcher m = DECADE.matcher(s);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1)) * 10;
            return Optional.of(span(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), y + "s"));
        }
        m = CENTURY.matcher(s);
        if (m.matches()) {
            if (m.group(2) != null) {
                int y = Integer.parseInt(m.group(2)) * 100;
                return Optional.of(span(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31), s));
            }
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > 99) return Optional.empty();
            // the 19th century is 1801-1900 strictly and 1800-1899 as commonly meant: either reading agrees
            int from = Math.max(1, (n - 1) * 100);
            return Optional.of(span(LocalDate.of(from, 1, 1), LocalDate.of(n * 100, 12, 31), s));
        }
        m = QUALIFIED.matcher(s);
        if (!m.matches()) return Optional.empty();
        Optional<PartialDate> plain = iso(m.group(2));
        boolean approximate = !m.group(1).isEmpty() || m.group(3).equals("~") || m.group(3).equals("%");
        boolean uncertain = m.group(3).equals("?") || m.group(3).equals("%");
        if (plain.isEmpty() || (!approximate && !uncertain)) return plain;
        if (!m.group(1).isEmpty() && !m.group(3).isEmpty() && !m.group(3).equals("?")) return Optional.empty();
        PartialDate p = plain.get();
        // uncertain or approximate: one unit of its precision either side may be meant
        LocalDate first = p.day > 0 ? p.first.minusDays(1) : p.month > 0 ? p.first.minusMonths(1) : p.first.minusYears(1);
        LocalDate last = p.day > 0 ? p.last.plusDays(1)
                : p.month > 0 ? YearMonth.from(p.last.plusMonths(1)).atEndOfMonth() : p.last.plusYears(1);
        return Optional.of(span(first, last, (approximate ? "~" : "") + p + (uncertain ? "?" : "")));
    }

    private static Optional<PartialDate> iso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            if (day > 0 || (m.group(3) != null)) LocalDate.of(year, month, day);
            else if (month > 0 || m.group(2) != null) YearMonth.of(year, month);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    private static PartialDate span(LocalDate first, LocalDate last, String form) {
        return new PartialDate(first.getYear(), 0, 0, first, last, form);
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
        if (form != null) return form;
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
