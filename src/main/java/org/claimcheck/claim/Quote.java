package org.claimcheck.claim;

import java.util.List;

/** Where a claim is said: the exact words in one source and the citation markers they carry there. */
public record Quote(String source, String text, List<Integer> cites, Place place) {
}
