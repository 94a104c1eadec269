package org.claimcheck.claim;

import java.util.List;

/**
 * A property and its constraints, in the spirit of Wikidata's: value type, single value, symmetry, and the
 * properties it excludes for the same subject and value ("full member of" excludes "observer of").
 */
public record Property(String id, String label, ValueType type, boolean single, boolean symmetric,
        List<String> exclusive, Place place) {
}
