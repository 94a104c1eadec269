package org.claimcheck.cite;

import java.util.Locale;
import java.util.Set;

/**
 * Where the sentences before a marker begin. A marker after a full stop ("in 1924.[4]") cites the sentence the
 * stop ends. Full stops after initials and common abbreviations ("U.S.", "Inc.") do not end a sentence; a line
 * break does where lines are paragraphs, and a blank line always does.
 */
public final class CitingSentence {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "inc", "ltd", "co",
            "no", "vs", "etc", "e.g", "i.e", "jr", "sr", "fig", "al", "approx", "ca", "cf", "vol", "pp");

    private CitingSentence() {
    }

    /**
     * The offset where the {@code count}th sentence back from {@code at} (a marker's start) begins, or the
     * paragraph's start when that is nearer.
     */
    public static int start(String text, int at, int count, boolean linesAreParagraphs) {
        int from = at;
        for (int k = 0; k < count && from > 0; k++) {
            int s = start(text, from, linesAreParagraphs);
            if (s >= from) break;
            from = s;
            if (s == 0 || text.charAt(s - 1) == '\n' && (linesAreParagraphs || s < 2 || text.charAt(s - 2) == '\n')) break;
        }
        return from;
    }

    private static int start(String text, int at, boolean linesAreParagraphs) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        while (i > 0 && ".!?\"”’)".indexOf(text.charAt(i - 1)) >= 0) i--;
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n' && (linesAreParagraphs || j > 0 && text.charAt(j - 1) == '\n')) return j + 1;
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, j)) return skipSpace(text, j + 1);
        }
        return 0;
    }

    private static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        if (next >= text.length()) return true;
        char after = text.charAt(next);
        if (!Character.isWhitespace(after) && after != '[' && "\"”’)".indexOf(after) < 0) return false;
        if (text.charAt(stop) != '.') return true;
        int w = stop;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, stop).toLowerCase(Locale.ROOT);
        return !(word.length() == 1 || ABBREVIATIONS.contains(word) || word.matches("(?:\\p{L}\\.)+\\p{L}"));
    }

    /** Past spaces and any markers that close the previous sentence ("…1939.[3] Soviet influences"). */
    private static int skipSpace(String text, int from) {
        int i = from;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            int close = text.indexOf(']', i);
            if (i < text.length() && text.charAt(i) == '[' && close > i && text.substring(i + 1, close).matches("[\\d,\\s–-]+")) {
                i = close + 1;
            } else {
                return i;
            }
        }
    }
}
