package org.claimcheck.cite;

import java.util.Locale;
import java.util.Set;

/**
 * Finds where a sentence-like unit of a reference entry ends. Periods in references also close initials and
 * abbreviations ("J. T. Hecht", "Phys. Rev. Lett.", "ed."), which must not split a title or a container.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("ed", "eds", "edn", "vol", "vols", "no", "nos", "pp", "p",
            "st", "dr", "mr", "mrs", "jr", "sr", "vs", "al", "etc", "inc", "co", "ltd", "univ", "dept", "proc", "trans",
            "j", "phys", "rev", "lett", "nucl", "astrophys", "int", "mod", "appl", "sci", "natl", "acad", "chem",
            "soc", "am", "conf", "symp", "intl", "res", "math", "opt", "comput", "stat", "ann", "mech", "eng",
            "eur", "rept", "rep", "instrum", "meth", "astron", "cosmol", "theor", "geophys", "biophys", "biol",
            "biochem", "mater", "environ", "physiol", "pharmacol", "neurosci", "psychol", "sociol", "econ", "philos");

    private Sentences() {
    }

    /** Index of the stop that ends the unit starting at from, or the text's length when none does. */
    static int end(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '?' && c != '!') continue;
            int next = i + 1;
            while (next < s.length() && "\"”’'".indexOf(s.charAt(next)) >= 0) next++;
            if (next < s.length() && !Character.isWhitespace(s.charAt(next))) continue;
            String after = s.substring(next).stripLeading();
            if (!after.isEmpty() && Character.isLowerCase(after.charAt(0))) continue;
            if (c == '.' && isAbbreviation(s, i)) continue;
            return i;
        }
        return s.length();
    }

    private static boolean isAbbreviation(String s, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) start--;
        String word = s.substring(start, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
