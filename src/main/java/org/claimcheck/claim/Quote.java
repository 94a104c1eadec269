package org.claimcheck.claim;

import java.util.List;

/**
 * Where a claim is said: the exact words in one source and the citation markers they carry there.
 * {@code accordingTo} names whose statement the words report ("according to the parish register"): an entity or
 * source id, null when the text says it in its own voice.
 */
public record Quote(String source, String text, List<Integer> cites, String accordingTo, Place place) {
    public Quote(String source, String text, List<Integer> cites, Place place) {
        this(source, text, cites, null, place);
    }
}
