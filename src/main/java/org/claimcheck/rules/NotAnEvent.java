package org.claimcheck.rules;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Years in a citing text that are not the date of what it reports: the year of another work cited in the
 * sentence ("Smith and Jones (2000, 2005)", "(Smith, 2000)", "Smith et al. 2005") and a number that is part of a
 * name ("Opinion 2027", "Windows 2000", "Agenda 2030"). A cited entry need not postdate either.
 */
final class NotAnEvent {
    private static final String SURNAME = "\\p{Lu}[\\p{L}’'-]+";
    private static final String YEARS = "(?:\\d{4}[a-z]?[,;]\\s*)*$";
    /**
     * Before the year: "Smith and Jones (" or "Smith et al. (" with earlier years of the same citation, "(Smith,
     * ", "(Smith and Jones, " or "; Smith, " in a list of them, or "et al. ". A lone "Name (1915)" is left alone: it dates events as often
     * ("the Treaty of Kiakhta (1915)").
     */
    private static final Pattern CITATION = Pattern.compile(
            "(?:et al\\.?|" + SURNAME + " (?:and|&) " + SURNAME + "),?\\s*\\(" + YEARS
            + "|(?:\\(|;\\s*)" + SURNAME + "(?: et al\\.?| (?:and|&) " + SURNAME + ")?,\\s*" + YEARS
            + "|et al\\.?,?\\s+$");
    /** A capitalised word right before the year names something ("Opinion 2027"), unless it dates the year. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}-]*)\\s$");
    private static final Set<String> DATING = Set.of("in", "on", "by", "since", "from", "until", "till", "to",
            "after", "before", "during", "of", "around", "circa", "c.", "early", "late", "mid", "spring", "summer",
            "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "the", "and", "or", "between", "through", "ad", "bc", "bce", "ce", "year",
            "fiscal", "fy");
    /** How far back a citation's opening is looked for: an author list in parentheses is short. */
    private static final int LOOK_BACK = 80;

    private NotAnEvent() {
    }

    /** Whether the year at {@code start}–{@code end} of the text is another work's year or part of a name. */
    static boolean year(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        if (CITATION.matcher(before).find()) return true;
        var name = NAME_BEFORE.matcher(before);
        return end - start == 4 && name.find() && !DATING.contains(name.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
