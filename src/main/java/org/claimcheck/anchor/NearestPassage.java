package org.claimcheck.anchor;

/**
 * The passage of a text closest to a pattern by edit distance, where the passage may start and end anywhere
 * (Sellers' semi-global alignment, one column of the table at a time, carrying each cell's start offset).
 * O(pattern x text) time: it runs only for quotes that were not found, to show the user what is there instead.
 */
final class NearestPassage {
    record Match(int start, int end, int distance) {
    }

    private NearestPassage() {
    }

    static Match find(String pattern, String text) {
        int m = pattern.length();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextStart = new int[m + 1];
        for (int i = 0; i <= m; i++) cost[i] = i;
        int best = m;
        int bestStart = 0;
        int bestEnd = 0;
        for (int j = 1; j <= text.length(); j++) {
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
