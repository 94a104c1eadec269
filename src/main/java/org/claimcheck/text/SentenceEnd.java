package org.claimcheck.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a . ! or ? ends a sentence. Full stops after initials and common abbreviations ("S.Dukhovskii",
 * "U.S.", "Inc.", "e.g.") do not; a stop must be followed by a space, a closing quote or a citation marker.
 */
public final class SentenceEnd {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "inc", "ltd", "co",
            "vs", "etc", "e.g", "i.e", "jr", "sr", "fig", "al", "approx", "ca", "cf", "vol", "pp");

    private SentenceEnd() {
    }

    public static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        if (next >= text.length()) return true;
        char after = text.charAt(next);
        if (!Spaces.isSpace(after) && after != '[' && "\"”’)".indexOf(after) < 0) return false;
        if (text.charAt(stop) != '.') return true;
        int w = stop;
        while (w > 0 && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, stop).toLowerCase(Locale.ROOT);
        if (word.chars().anyMatch(Character::isDigit)) return true; // "in the 1950s." is no initial
        boolean numberSign = word.equals("no") && next + 1 < text.length() && Character.isDigit(text.charAt(next + 1));
        return !(word.length() == 1 || numberSign || ABBREVIATIONS.contains(word) || word.matches("(?:\\p{L}\\.)+\\p{L}"));
    }
}
