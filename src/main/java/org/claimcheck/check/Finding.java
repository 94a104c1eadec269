package org.claimcheck.check;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found: the rule that found it, how severe, a one-line message, the places involved (the first is
 * where to look first: the evidence in a source, or the claim entry to fix) and a suggested fix, if any.
 */
public record Finding(String rule, Severity severity, String message, List<Location> locations, String fix) {
    /** Stable report order: severity, then the first location, then rule and message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.primary().file())
            .thenComparingInt(f -> f.primary().page())
            .thenComparingInt(f -> f.primary().line())
            .thenComparingInt(f -> f.primary().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        locations = List.copyOf(locations);
        if (locations.isEmpty()) throw new IllegalArgumentException("a finding needs a location: " + message);
    }

    public Location primary() {
        return locations.get(0);
    }
}
