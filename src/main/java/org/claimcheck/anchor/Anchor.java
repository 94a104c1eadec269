package org.claimcheck.anchor;

/**
 * Where a quote stands in its source text ({@code start} inclusive, {@code end} exclusive). For a quote not
 * found, the nearest passage and its edit distance; {@code distance} is 0 for exact and normalized matches.
 */
public record Anchor(Match match, int start, int end, int distance) {
    public enum Match { EXACT, NORMALIZED, NOT_FOUND }

    public boolean found() {
        return match != Match.NOT_FOUND;
    }
}
