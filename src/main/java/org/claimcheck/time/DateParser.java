package org.claimcheck.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that reference lists write ({@code 2008-06-16}, {@code 20 March 2023}, {@code July 23, 2018},
 * {@code Mar. 2007}, {@code 2007/03}, {@code (2010)}, a bare year) as {@link PartialDate}s of the precision written.
 * A date that cannot exist (Feb 30) is rejected rather than read as its year.
 */
public final class DateParser {
    /** A date found in a text, with the offsets of the characters it was read from. */
    public record Found(PartialDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(?<month>" + String.join("|", MONTHS.keySet()) + ")(?!\\p{L})\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)";
    /** Four-digit years of reference lists; a bare number outside this range is more likely a page or volume. */
    private static final String YEAR = "(?<year>1[5-9]\\d\\d|20\\d\\d)";
    private static final String NOT_DIGIT_BEFORE = "(?<![\\p{L}\\d])";
    /** Numeric forms must not continue a longer number group such as an ISBN ({@code 99929-2006-1}). */
    private static final String NOT_GROUP_BEFORE = "(?<![\\p{L}\\d/–-])";
    private static final String NOT_DIGIT_AFTER = "(?![\\d])";

    /** Most specific form first: a span taken by an earlier form is not read again by a later one. */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile(NOT_GROUP_BEFORE + "(?<year>\\d{4})-(?<month>\\d\\d)-(?<day>\\d\\d)" + NOT_DIGIT_AFTER),
            Pattern.compile(NOT_DIGIT_BEFORE + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + NOT_DIGIT_AFTER,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + NOT_DIGIT_AFTER, Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + MONTH + ",?\\s*" + YEAR + NOT_DIGIT_AFTER, Pattern.CASE_INSENSITIVE),
            Pattern.compile(NOT_GROUP_BEFORE + YEAR + "[/-](?<month>[01]?\\d)" + NOT_DIGIT_AFTER + "(?![/-]\\d)"),
            // A bare year, perhaps with a disambiguating letter (2007a), but not one end of a page range (1989-1995).
            Pattern.compile(NOT_GROUP_BEFORE + YEAR + "(?:[a-z](?!\\p{L}))?(?![\\d/]|[–-]\\d)"));

    private DateParser() {
    }

    /** The date the whole text is (surrounding brackets and punctuation aside), or empty. */
    public static Optional<PartialDate> parse(String text) {
        String core = text.strip().replaceAll("^[(\\[]+|[)\\].,;:]+$", "").strip();
        List<Found> all = findAll(core);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == core.length()) {
            return Optional.of(all.get(0).date());
        }
        return Optional.empty();
    }

    /** Every date in the text, in order; where forms overlap, the most specific wins. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                int s = m.start(), e = m.end();
                if (taken.stream().anyMatch(t -> s < t[1] && t[0] < e)) continue;
                // An impossible date still takes its span, so that "Feb 30, 2020" does not yield the year 2020.
                taken.add(new int[] {s, e});
                toDate(m).ifPresent(d -> found.add(new Found(d, s, e)));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static Optional<PartialDate> toDate(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        int month = group(m, "month", DateParser::month);
        int day = group(m, "day", Integer::parseInt);
        try {
            if (day > 0) LocalDate.of(year, month, day);
            else if (month > 0) YearMonth.of(year, month);
            else if (month < 0) return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    private static int group(Matcher m, String name, Function<String, Integer> read) {
        try {
            String g = m.group(name);
            return g == null ? 0 : read.apply(g);
        } catch (IllegalArgumentException noSuchGroup) {
            return 0;
        }
    }

    private static int month(String text) {
        if (Character.isDigit(text.charAt(0))) {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= 12 ? n : -1;
        }
        return MONTHS.get(text.toLowerCase(Locale.ROOT));
    }

    /** Full English month names and their usual abbreviations; longest first so the regex prefers them. */
    private static Map<String, Integer> months() {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) out.put(full[i], i + 1);
        out.put("sept", 9);
        for (int i = 0; i < 12; i++) out.putIfAbsent(full[i].substring(0, 3), i + 1);
        return Collections.unmodifiableMap(out);
    }
}
