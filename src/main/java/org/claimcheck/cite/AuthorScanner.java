package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list of author names that opens a reference entry. Styles write names three ways: inverted
 * ("Blagov, Sergei", "Bergk, V."), Vancouver ("Marras WS", "Bykov A.M.") and direct ("Morris Rossabi",
 * "J. T. Hecht"). Each style is tried over the whole list and the one that reads furthest wins, because a
 * single name is often ambiguous while a list is not.
 */
final class AuthorScanner {
    /** The names as written, and the offset just after the last one (0 when there are none). */
    record Result(List<String> names, int end) {
    }

    private enum Style { INVERTED, VANCOUVER, DIRECT }

    private static final String PARTICLE = "(?:(?i:van|von|der|den|de|da|di|del|della|du|la|le|dos|'t|’t)\\s+)*";
    /**
     * A capitalised word with a lower-case letter, or a long all-capitals one: "WS" is initials, not a name.
     * Combining marks count as part of a word: PDF text often writes "ö" as "o" and a combining diaeresis.
     */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’]*\\p{Ll}[\\p{L}\\p{M}'’]*|\\p{Lu}{3,})";
    private static final String FAMILY = PARTICLE + WORD + "(?:-\\s?\\p{L}[\\p{L}\\p{M}'’]*)*";
    /** A short family name in capitals ("LI", "WU"), known for one only by the dotted initials after it. */
    private static final String CAPS_FAMILY = "\\p{Lu}{2,3}(?=,?\\s*\\p{Lu}\\.)";
    private static final String INITIALS = "\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*";
    /** A given name, dotted initials, or undotted ones ("Adi L Tarca", "AM Trinkoff"). */
    private static final String GIVEN = "(?:" + WORD + "(?:-\\p{L}[\\p{L}\\p{M}'’]*)?|" + INITIALS + "|\\p{Lu}{1,2}(?![\\p{L}\\p{M}.]))";
    private static final String SUFFIX = "(?:,?\\s+(?:Jr|Sr)\\.?|\\s+(?:II|III|IV)\\b)?";
    /**
     * Given names before initials ("Robert D.", "Louis F."): a word after an initial starts the title. A suffix
     * may stand before the comma ("Koshland Jr., D. E.").
     */
    private static final Pattern INVERTED = Pattern.compile("(?:" + FAMILY + "(?:\\s+(?:Jr|Sr)\\.?)?|" + CAPS_FAMILY + "),\\s*(?=\\p{Lu})(?:" + WORD + "(?:-" + WORD + ")?"
            + "(?:\\s+" + WORD + "(?:-" + WORD + ")?){0,2})?(?:\\s*(?:" + INITIALS + "|\\p{Lu}{1,3}(?!\\p{L})\\.?))?(?:\\s+(?:de|da|van|von|du))?" + SUFFIX);
    /** "Sasayama, D. Hattori, K." lists inverted names with initials, separated by nothing but a space. */
    private static final Pattern SPACE_THEN_INVERTED = Pattern.compile("\\s+(?=" + FAMILY + ",\\s*(?:" + INITIALS
            + "|\\p{Lu}{1,3}(?!\\p{L}))[\\s,;.(&]" + ")");
    /**
     * Family name then initials: "Marras WS", "Bykov A.M.", "Anderson FA Jr", and IOP's spaced "Keller S C" (tried
     * before a single initial, so that "Landau L D" is not read as "Landau L").
     */
    private static final Pattern VANCOUVER = Pattern.compile("(?:" + FAMILY + "(?:\\s+" + FAMILY + ")?|" + CAPS_FAMILY
            + ")\\s+(?:(?:\\p{Lu}\\.-?){1,3}|\\p{Lu}(?:\\s\\p{Lu}){1,2}(?!\\p{L})|\\p{Lu}{1,3}(?!\\p{L})\\.?)" + SUFFIX);
    private static final Pattern DIRECT = Pattern.compile("(?:" + GIVEN + "\\s+){1,3}" + FAMILY + SUFFIX);
    /**
     * A collaboration or group writing as one author ("ATLAS Collaboration", "ATLAS and CMS Collaborations", "the
     * LEP Electroweak Working Group", "Miami Deep Vein Thrombosis Study Group"): capitalised words and acronyms,
     * ending in a noun that names a group. Only acronyms are listed with commas ("The ALEPH, DELPHI, L3 ..."), so
     * a list of names before a group ("Cohn SM, Miami ... Study Group") stays a list.
     */
    private static final String ACRONYMS = "\\p{Lu}[\\p{Lu}\\d]+(?:\\s*,\\s*\\p{Lu}[\\p{Lu}\\d]+){0,8}(?![\\p{L}\\p{M}])";
    private static final Pattern GROUP = Pattern.compile("(?:[Tt]he\\s+)?(?:(?:" + ACRONYMS + "|\\p{Lu}[\\p{L}\\p{M}\\d'’-]*)"
            + "(?:\\s+(?:and|&|of|for|on)\\s+|\\s+)){0,12}"
            + "(?:Collaborations?|Consorti(?:um|a)|Groups?|Investigators|Collaborators|Teams?)(?![\\p{L}\\p{M}])");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,?\\s*(?:and|&)\\s+|;\\s*(?:(?:and|&)\\s+)?|,\\s*)");
    private static final Pattern ET_AL = Pattern.compile("[,;]?\\s*(?:et\\.?\\s*al\\.?|and others)");
    /** Marks the names as editors ("Bakola, E., ... eds. (2013)"); read as part of the list. */
    private static final Pattern EDITORS = Pattern.compile(",?\\s*\\(?(?:[Ee]ds?|Hrsg)\\.?\\)?(?=[\\s.,(]|$)");
    /** Capitalised words that start titles and containers rather than names. */
    private static final Set<String> NOT_NAMES = Set.of("The", "An", "In", "On", "Of", "And", "For", "To", "From",
            "With", "By", "At", "Is", "Are", "How", "What", "Why", "When", "New", "Journal", "Proceedings", "University",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Vol", "No", "Retrieved", "Archived");
    /** An initial, dotted or between spaces ("Vincent J Carey"), marks a name where a title would have none. */
    private static final Pattern INITIAL = Pattern.compile(".*(?:\\b\\p{Lu}\\.|\\s\\p{Lu}{1,2}\\s).*");

    private AuthorScanner() {
    }

    static Result scan(String text) {
        Result best = new Result(List.of(), 0);
        for (Style style : Style.values()) {
            Result r = scan(text, style);
            if (r.end() > best.end()) best = r;
        }
        return best;
    }

    private static Result scan(String text, Style style) {
        List<String> names = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Boolean> directAfterComma = new ArrayList<>();
        boolean conjunction = false, anyConjunction = false;
        int pos = 0;
        while (true) {
            Matcher m = nameAt(text, pos, style, names.isEmpty());
            if (m == null) break;
            names.add(m.group().strip());
            ends.add(m.end());
            directAfterComma.add(!conjunction && m.pattern() == DIRECT);
            pos = m.end();
            Matcher etAl = ET_AL.matcher(text).region(pos, text.length());
            if (etAl.lookingAt()) {
                ends.set(ends.size() - 1, etAl.end());
                anyConjunction = true; // "et al." closes a list of names as "and" does
                break;
            }
            Matcher sep = SEPARATOR.matcher(text).region(pos, text.length());
            if (!sep.lookingAt()) {
                sep = SPACE_THEN_INVERTED.matcher(text).region(pos, text.length());
                if (style != Style.INVERTED || text.charAt(pos - 1) != '.' || !sep.lookingAt()) break;
            }
            conjunction = sep.group().matches(".*\\b(?:and|et|und)\\b.*|.*&.*");
            anyConjunction |= conjunction;
            pos = sep.end();
        }
        // "Morris Rossabi, Modern Mongolia": a direct name without initials after a bare comma, in a list
        // with no "and" or "et al.", is a title.
        int keep = names.size();
        for (int i = 1; i < names.size() && !anyConjunction; i++) {
            if (directAfterComma.get(i) && !INITIAL.matcher(names.get(i)).matches()) {
                keep = i;
                break;
            }
        }
        while (keep > 0 && !endsAtBoundary(text, ends.get(keep - 1))) keep--;
        if (keep == 0) return new Result(List.of(), 0);
        Matcher editors = EDITORS.matcher(text).region(ends.get(keep - 1), text.length());
        int end = editors.lookingAt() ? editors.end() : ends.get(keep - 1);
        return new Result(names.subList(0, keep), end);
    }

    /** A name list must stop at punctuation, a bracket, a quote or a year, else it ran into a title. */
    private static boolean endsAtBoundary(String s, int end) {
        if (end >= s.length() || s.charAt(end - 1) == '.') return true;
        String next = s.substring(end).stripLeading();
        return next.isEmpty() || next.matches("(?s)^[.,;:(\\[\"“'‘«].*|^\\d{4}.*|^(?:[Ee]ds?|Hrsg)\\b.*");
    }

    /**
     * A name of the list's style at pos, or a group in any style; an inverted list may go on with direct names
     * ("Derrick, D., I. Stavness").
     */
    private static Matcher nameAt(String text, int pos, Style style, boolean first) {
        Matcher group = GROUP.matcher(text).region(pos, text.length());
        if (group.lookingAt()) return group;
        List<Pattern> forms = switch (style) {
            case INVERTED -> first ? List.of(INVERTED) : List.of(INVERTED, DIRECT);
            case VANCOUVER -> List.of(VANCOUVER);
            case DIRECT -> List.of(DIRECT);
        };
        for (Pattern form : forms) {
            Matcher m = form.matcher(text).region(pos, text.length());
            if (m.lookingAt() && isName(m.group())) return m;
        }
        return null;
    }

    private static boolean isName(String candidate) {
        for (String word : candidate.split("[\\s,]+")) {
            if (NOT_NAMES.contains(word)) return false; // "A." is an initial, "A" an article
        }
        return true;
    }
}
