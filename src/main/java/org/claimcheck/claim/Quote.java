package org.claimcheck.claim;

import java.util.List;

/**
 * Where a claim is said: the exact words in one source and the citation markers they carry there. When the words
 * stand more than once in the source, {@code prefix} and {@code suffix} (the words right before and after, as the
 * W3C Web Annotation TextQuoteSelector has them; "" when not given) or {@code occurrence} (1 for the first, 0 when
 * not given) say which is meant.
 */
public record Quote(String source, String text, List<Integer> cites, Place place, String prefix, String suffix,
        int occurrence) {
    public Quote(String source, String text, List<Integer> cites, Place place) {
        this(source, text, cites, place, "", "", 0);
    }

    /** Whether the quote names which of several occurrences it means. */
    public boolean selects() {
        return !prefix.isEmpty() || !suffix.isEmpty() || occurrence > 0;
    }
}
