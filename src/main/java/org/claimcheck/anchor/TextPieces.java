package org.claimcheck.anchor;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Where each piece of {@code q} letters stands in a text, by the piece's hash (lower case, the rolling hash
 * NearestPassage uses): built once per text, so that each quote that is not found looks up its own pieces instead
 * of hashing the whole text again (which made the search cost quotes × text). Primitive arrays throughout: a
 * hash and a position per character, sorted by hash, no object per piece.
 */
final class TextPieces {
    private final long[] hashes;
    private final int[] bucketStart;
    private final int[] starts;

    private TextPieces(long[] hashes, int[] bucketStart, int[] starts) {
        this.hashes = hashes;
        this.bucketStart = bucketStart;
        this.starts = starts;
    }

    static TextPieces of(String text, int q) {
        int n = Math.max(0, text.length() - q + 1);
        long[] at = new long[n];
        long power = 1;
        for (int k = 1; k < q; k++) power *= 31;
        long h = 0;
        for (int j = 0; j < text.length(); j++) {
            h = h * 31 + Character.toLowerCase(text.charAt(j));
            if (j >= q - 1) {
                at[j - q + 1] = h;
                h -= power * Character.toLowerCase(text.charAt(j - q + 1));
            }
        }
        long[] sorted = at.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        long[] hashes = Arrays.copyOf(sorted, distinct);
        // counting sort of the positions by bucket: each bucket's positions stay in text order
        int[] bucketStart = new int[distinct + 1];
        int[] bucket = new int[n];
        for (int p = 0; p < n; p++) {
            bucket[p] = Arrays.binarySearch(hashes, at[p]);
            bucketStart[bucket[p] + 1]++;
        }
        for (int b = 0; b < distinct; b++) bucketStart[b + 1] += bucketStart[b];
        int[] fill = Arrays.copyOf(bucketStart, distinct);
        int[] starts = new int[n];
        for (int p = 0; p < n; p++) starts[fill[bucket[p]]++] = p;
        return new TextPieces(hashes, bucketStart, starts);
    }

    /** Calls {@code start} with the start of every piece of the text with this hash, in text order. */
    void forEach(long hash, IntConsumer start) {
        int b = Arrays.binarySearch(hashes, hash);
        if (b < 0) return;
        for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) start.accept(starts[i]);
    }
}
