package org.claimcheck.claim;

/** A property and its constraints, in the spirit of Wikidata's: value type, single value, symmetry. */
public record Property(String id, String label, ValueType type, boolean single, boolean symmetric, Place place) {
}
