package org.claimcheck.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The passage of a text closest to a pattern by edit distance, where the passage may start and end anywhere
 * (Sellers' semi-global alignment, one column of the table at a time, carrying each cell's start offset). It
 * runs only for quotes that were not found, to show the user what is there instead. A full table costs pattern
 * × text (10,000 missing quotes took half a minute), so the table is filled only around the few places where
 * the pattern's 6-letter pieces fall on one diagonal most often: one pass over the text, then a few windows.
 */
final class NearestPassage {
    record Match(int start, int end, int distance) {
    }

    /** Letters per piece: long enough that pieces rarely match by chance, short enough to survive typos. */
    static final int Q = 6;
    /** Windows aligned per pattern: the best few diagonals hold the nearest passage in practice. */
    private static final int WINDOWS = 3;
    /** Places of one piece in the pattern that vote: a pattern repeating a piece more often is no clearer for it. */
    private static final int PLACES = 8;

    private NearestPassage() {
    }

    static Match find(String pattern, String text) {
        return find(pattern, text, null);
    }

    /** As {@link #find(String, String)}, with the text's pieces indexed already (null: hash the text here). */
    static Match find(String pattern, String text, TextPieces pieces) {
        return wholeWords(pattern, text, closest(pattern, text, pieces));
    }

    /** The nearest passage as aligned, before it is widened to whole words. */
    static Match closest(String pattern, String text) {
        return closest(pattern, text, null);
    }

    private static Match closest(String pattern, String text, TextPieces index) {
        int m = pattern.length();
        if (m < 2 * Q || text.length() <= 4L * m) return align(pattern, text, 0, text.length());
        Match best = null;
        for (int diagonal : bestDiagonals(pattern, index != null ? index : TextPieces.of(text, Q))) {
            int from = Math.max(0, diagonal - m / 2);
            int to = Math.min(text.length(), diagonal + m + m / 2);
            Match candidate = align(pattern, text, from, to);
            if (best == null || candidate.distance() < best.distance()
                    || candidate.distance() == best.distance() && candidate.start() < best.start()) {
                best = candidate;
            }
        }
        return best != null ? best : new Match(0, 0, m);
    }

    /** Characters a passage may widen by at each end to reach a word's edge. */
    private static final int WIDEN = 40;

    /**
     * The passage widened to whole words, and to the quote's closing punctuation when the text has it there:
     * among alignments of equal cost the shortest wins, which can cut a word ("…founded in 192" for a quote of
     * "…founded in 1912."), and the passage is offered as the fix that a user copies as it stands.
     */
    private static Match wholeWords(String pattern, String text, Match m) {
        int s = m.start();
        int e = m.end();
        if (e <= s || pattern.isEmpty()) return m;
        while (s > 0 && s > m.start() - WIDEN && isWord(text.charAt(s - 1)) && isWord(text.charAt(s))) s--;
        while (e < text.length() && e < m.end() + WIDEN && isWord(text.charAt(e - 1)) && isWord(text.charAt(e))) e++;
        char last = pattern.charAt(pattern.length() - 1);
        if (!isWord(last) && !Character.isWhitespace(last) && e < text.length() && text.charAt(e) == last
                && text.charAt(e - 1) != last) {
            e++;
        }
        if (s == m.start() && e == m.end()) return m;
        String lower = pattern.toLowerCase(java.util.Locale.ROOT);
        return new Match(s, e, org.claimcheck.text.EditDistance.levenshtein(lower,
                text.substring(s, e).toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The diagonals (text offset minus pattern offset, in buckets of Q) where most pieces agree, best first. */
    private static List<Integer> bestDiagonals(String pattern, TextPieces text) {
        Map<Long, List<Integer>> pieces = new HashMap<>();
        long power = 1;
        for (int k = 1; k < Q; k++) power *= 31;
        long h = 0;
        for (int i = 0; i < pattern.length(); i++) {
            h = h * 31 + Character.toLowerCase(pattern.charAt(i));
            if (i >= Q - 1) {
                List<Integer> at = pieces.computeIfAbsent(h, k -> new ArrayList<>());
                if (at.size() < PLACES) at.add(i - Q + 1);
                h -= power * Character.toLowerCase(pattern.charAt(i - Q + 1));
            }
        }
        Map<Integer, Integer> votes = new HashMap<>();
        pieces.forEach((hash, at) -> text.forEach(hash, start -> {
            for (int i : at) votes.merge(Math.floorDiv(start - i, Q), 1, Integer::sum);
        }));
        return votes.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(WINDOWS).map(e -> Math.max(0, e.getKey() * Q)).toList();
    }

    /** The semi-global alignment of the pattern against text[from, to): the whole table over that stretch. */
    static Match align(String pattern, String text, int from, int to) {
        int m = pattern.length();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            start[i] = from;
        }
        int best = m;
        int bestStart = from;
        int bestEnd = from;
        for (int j = from + 1; j <= to; j++) {
            char t = Character.toLowerCase(text.charAt(j - 1));
            nextCost[0] = 0;
            nextStart[0] = j;
            for (int i = 1; i <= m; i++) {
                int diag = cost[i - 1] + (Character.toLowerCase(pattern.charAt(i - 1)) == t ? 0 : 1);
                int up = nextCost[i - 1] + 1;
                int left = cost[i] + 1;
                if (diag <= up && diag <= left) {
                    nextCost[i] = diag;
                    nextStart[i] = start[i - 1];
                } else if (up <= left) {
                    nextCost[i] = up;
                    nextStart[i] = nextStart[i - 1];
                } else {
                    nextCost[i] = left;
                    nextStart[i] = start[i];
                }
            }
            if (nextCost[m] < best) {
                best = nextCost[m];
                bestStart = nextStart[m];
                bestEnd = j;
            }
            int[] c = cost;
            cost = nextCost;
            nextCost = c;
            int[] s = start;
            start = nextStart;
            nextStart = s;
        }
        return new Match(bestStart, bestEnd, best);
    }
}
