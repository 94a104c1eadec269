package org.claimcheck.claim;

import java.util.List;

/**
 * A stated count and what the text enumerates for it: "three consulates general (in Irkutsk, Kyzyl and Ulan
 * Ude)" is count 3 with three items; "an eight-point statement" whose articles run One to Eight is count 8 with
 * numbered 1..8. Any part may be missing (null count, empty lists).
 */
public record Enumeration(Integer count, List<Value> items, List<Integer> numbered) {
}
