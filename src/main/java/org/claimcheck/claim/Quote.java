package org.claimcheck.claim;

import java.util.List;

/**
 * Where a claim is said: the exact words in one source and the citation markers they carry there.
 * {@code accordingTo} names whose statement the words report ("according to the parish register"): an entity or
 * source id, null when the text says it in its own voice. When the words stand more than once in the source,
 * {@code prefix} and {@code suffix} (the words right before and after, as the W3C Web Annotation
 * TextQuoteSelector has them; "" when not given) or {@code occurrence} (1 for the first, 0 when not given) say
 * which is meant.
 */
public record Quote(String source, String text, List<Integer> cites, String accordingTo, Place place, String prefix,
        String suffix, int occurrence) {
    public Quote(String source, String text, List<Integer> cites, Place place) {
        this(source, text, cites, null, place, "", "", 0);
    }

    public Quote(String source, String text, List<Integer> cites, String accordingTo, Place place) {
        this(source, text, cites, accordingTo, place, "", "", 0);
    }

    public Quote(String source, String text, List<Integer> cites, Place place, String prefix, String suffix,
            int occurrence) {
        this(source, text, cites, null, place, prefix, suffix, occurrence);
    }

    /** Whether the quote names which of several occurrences it means. */
    public boolean selects() {
        return !prefix.isEmpty() || !suffix.isEmpty() || occurrence > 0;
    }
}
