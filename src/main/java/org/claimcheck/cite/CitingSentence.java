package org.claimcheck.cite;

import org.claimcheck.text.SentenceEnd;

/**
 * Where the sentences before a marker begin. A marker after a full stop ("in 1924.[4]") cites the sentence the
 * stop ends ({@link SentenceEnd} decides which stops end one); a line break ends one where lines are paragraphs,
 * and a blank line always does.
 */
public final class CitingSentence {
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
            if ((c == '.' || c == '!' || c == '?') && SentenceEnd.endsSentence(text, j)) return skipSpace(text, j + 1);
        }
        return 0;
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
