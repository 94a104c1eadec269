package org.claimcheck.claim;

import java.util.List;

/** A claim of a source text: what it says in prose, its structured assertions and the quotes that say it. */
public record Claim(String id, String says, List<Assertion> assertions, List<Quote> quotes, Place place) {
}
