package org.claimcheck.claim;

/**
 * One structured statement of a claim: subject, property, value, when, and whether it is denied.
 * {@code value} is null for a bare negation ("did not sign a single treaty") where no object is named.
 */
public record Assertion(String subject, String property, Value value, boolean negated, TimeSpan time, Place place) {
}
