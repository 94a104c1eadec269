package org.claimcheck.claim;

import java.util.List;

/**
 * A property and its constraints, in the spirit of Wikidata's: value type, single value, symmetry, and the
 * properties it excludes for the same subject and value ("full member of" excludes "observer of").
 * {@code noObject}: an event that takes no value ("a strike in 1905"). {@code existence}: "starts" or "ends"
 * when an assertion of it starts or ends its subject's existence ("established", "dissolved"), else null.
 * {@code timeIsValueStart}: the assertion's time is when its value began ("founding member of" a league: the
 * league's founding), in the spirit of Wikidata's "time is the start of the value".
 */
public record Property(String id, String label, ValueType type, boolean single, boolean symmetric,
        List<String> exclusive, boolean noObject, String existence, boolean timeIsValueStart, Place place) {
}
