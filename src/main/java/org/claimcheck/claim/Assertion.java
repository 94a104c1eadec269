package org.claimcheck.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * One structured statement of a claim: subject, property, value, when, and whether it is denied.
 * {@code value} is null for a bare negation ("did not sign a single treaty") or a bare enumeration.
 * {@code enumeration} is null unless the text states a count or lists items; {@code parts} are the stated
 * parts of a numeric value ("90% (38% strongly and 52% somewhat)"), empty when none; {@code exhaustive} false
 * when they are a breakdown that need not cover the total ("of which 12 steamers and 20 sailing ships").
 * {@code accordingTo} names whose statement it reports (an entity or source id), null for the text's own voice.
 */
public record Assertion(String subject, String property, Value value, boolean negated, TimeSpan time,
        Enumeration enumeration, List<BigDecimal> parts, boolean exhaustive, String accordingTo, Place place) {
}
