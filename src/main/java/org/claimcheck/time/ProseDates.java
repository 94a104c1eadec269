package org.claimcheck.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dates running text states as its own, among what {@link DateParser} reads as dates. A bare four-digit
 * number is not one when it is the year of a cited work ("Smith and Jones (2000, 2005)", "(Smith, 2000)",
 * "et al. 2005"), part of a name ("Opinion 2027", "Windows 2000", "No. 2027") or a quantity ("1500 km",
 * "$2000", "2000 soldiers"). Each test looks at a bounded window around the number, so the whole is linear.
 */
public final class ProseDates {
    /** How far before and after a year the tests look. */
    private static final int BEFORE = 80, AFTER = 40;
    private static final String NAME = "\\p{Lu}[\\p{L}’'-]+";
    private static final String EARLIER_YEARS = "(?:\\d{4}[a-z]?[,;]\\s*)*";
    private static final Pattern ET_AL = Pattern.compile("\\bet al\\.?,?\\s*\\(?" + EARLIER_YEARS + "$");
    /** "(Smith, 2000", "(see Smith and Jones 2000", "(Lee 1999; Smith et al., 2000, ": the author part is group 1. */
    private static final Pattern IN_PARENS = Pattern.compile("[(;]\\s*(?:see |e\\.g\\.,? |cf\\. )?(" + NAME
            + ")(?:(?:,? and |,? & |, )" + NAME + ")*(?: et al\\.?)?,?\\s*" + EARLIER_YEARS + "$");
    /** "Smith and Jones (2000, ": two authors, or one with et al., before a list of years in brackets. */
    private static final Pattern AUTHORS_BEFORE = Pattern.compile(NAME + "(?: (?:and|&) " + NAME + "| et al\\.?)\\s*\\("
            + EARLIER_YEARS + "$");
    /** "Smith (2000, " or "Smith (": one author, which counts when more years or a verb of reporting follow. */
    private static final Pattern AUTHOR_BEFORE = Pattern.compile("(" + NAME + ")\\s*\\((" + EARLIER_YEARS + ")$");
    private static final Pattern MORE_YEARS = Pattern.compile("^[a-z]?[,;]\\s*\\d{4}");
    private static final Pattern REPORTS = Pattern.compile("^[a-z]?(?:[,;]\\s*\\d{4}[a-z]?)*\\)\\s+(?:also |further )?"
            + "(?:showed|shows|found|finds|argued|argues|reported|reports|wrote|writes|noted|notes|described|describes|"
            + "suggested|suggests|proposed|proposes|observed|demonstrated|concluded|stated|states|claimed|claims)\\b");
    /** The capitalised word or numbering abbreviation right before the number ("Opinion ", "No. "). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}]*)(\\.?) $");
    private static final Set<String> NUMBERING = Set.of("no", "nos", "nr", "vol", "art", "res", "doc");
    /** Capitalised words that may stand before a year that is a date: sentence starts, eras, seasons, quarters. */
    private static final Set<String> BEFORE_A_DATE = Set.of("in", "on", "at", "by", "since", "from", "until", "till",
            "to", "after", "before", "during", "between", "around", "circa", "throughout", "through", "of", "and",
            "or", "the", "a", "an", "as", "for", "with", "within", "over", "under", "then", "also", "only", "both",
            "when", "while", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "ad", "ce",
            "c", "ca", "about", "approximately", "later", "beginning", "starting", "ending", "end", "q1", "q2", "q3",
            "q4", "h1", "h2", "fy");
    private static final Pattern CURRENCY_OR_DECIMAL = Pattern.compile("(?:[$€£¥₽]\\s?|\\d[.,])$");
    private static final Pattern QUANTITY = Pattern.compile("^(?:[.,]\\d|%|\\s?(?:km|km2|km²|kilometres|kilometers|mi|"
            + "miles|m|metres|meters|ft|feet|kg|kilograms|t|tonnes|tons|MW|GW|kW|ha|hectares|acres|BC|BCE)\\b|\\s(?:people|"
            + "persons|residents|inhabitants|soldiers|troops|men|women|children|workers|employees|members|students|"
            + "deaths|casualties|cases|copies|units|vehicles|years|votes|words|pages|species|islands|square)\\b)");

    private ProseDates() {
    }

    /** The dates of the text, in order, without the numbers that only look like years. */
    public static List<DateParser.Found> findAll(String text) {
        return DateParser.findAll(text).stream().filter(f -> stated(text, f)).toList();
    }

    private static boolean stated(String text, DateParser.Found f) {
        if (f.date().month() != 0 || !text.substring(f.start(), f.end()).matches("\\d{4}[a-z]?")) return true;
        String before = text.substring(Math.max(0, f.start() - BEFORE), f.start());
        String after = text.substring(f.end(), Math.min(text.length(), f.end() + AFTER));
        return !citesAWork(before, after) && !inAName(before) && !CURRENCY_OR_DECIMAL.matcher(before).find()
                && !QUANTITY.matcher(after).find();
    }

    private static boolean citesAWork(String before, String after) {
        if (ET_AL.matcher(before).find() || AUTHORS_BEFORE.matcher(before).find()) return true;
        var inParens = IN_PARENS.matcher(before);
        if (inParens.find() && !dateWord(inParens.group(1))) return true;
        var author = AUTHOR_BEFORE.matcher(before);
        return author.find() && !dateWord(author.group(1))
                && (!author.group(2).isEmpty() || MORE_YEARS.matcher(after).find() || REPORTS.matcher(after).find());
    }

    /** "Opinion 2027", "Windows 2000", "No. 2027": a capitalised word or numbering abbreviation names the number. */
    private static boolean inAName(String before) {
        var m = WORD_BEFORE.matcher(before);
        if (!m.find()) return false;
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return m.group(2).isEmpty() ? !dateWord(word) : NUMBERING.contains(word);
    }

    private static boolean dateWord(String word) {
        return BEFORE_A_DATE.contains(word.toLowerCase(Locale.ROOT));
    }
}
