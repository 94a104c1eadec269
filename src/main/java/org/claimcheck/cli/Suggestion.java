package org.claimcheck.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.claimcheck.text.EditDistance;

/** The known name closest to a mistyped one, when it is close enough to be what the user meant. */
final class Suggestion {
    private Suggestion() {
    }

    /** A name within a third of its length in edits (transpositions count once), else empty. */
    static Optional<String> closest(String typed, Collection<String> known) {
        return known.stream()
                .filter(k -> EditDistance.osa(typed, k) <= Math.max(1, k.length() / 3))
                .min(Comparator.comparingInt((String k) -> EditDistance.osa(typed, k)).thenComparing(k -> k));
    }
}
