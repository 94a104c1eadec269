package org.claimcheck.claim;

import java.util.Collection;
import java.util.Optional;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/** Ids are kebab-case so that they read the same in YAML, reports and URLs. */
final class Ids {
    private static final String PATTERN = "[a-z0-9]+(?:[-.][a-z0-9]+)*";
    /** Longer ids are no names a person writes; the limit also bounds the pattern match and "did you mean". */
    static final int MAX_LENGTH = 128;

    private Ids() {
    }

    static Optional<String> id(YMap m, Problems problems) {
        Optional<String> id = m.text("id", true);
        if (id.isPresent() && id.get().length() > MAX_LENGTH) {
            problems.add(m.get("id").orElseThrow(), "id '" + id.get().substring(0, 40) + "…' has "
                    + id.get().length() + " characters; an id has at most " + MAX_LENGTH);
            return Optional.empty();
        }
        if (id.isPresent() && !id.get().matches(PATTERN)) {
            problems.add(m.get("id").orElseThrow(), "id '" + id.get()
                    + "' must be kebab-case: lowercase letters, digits and single hyphens");
            return Optional.empty();
        }
        return id;
    }

    static boolean checkEntity(YNode node, Vocabulary vocabulary, Problems problems) {
        return checkKnown(node, "entity", vocabulary.entities().keySet(), problems);
    }

    static boolean checkKnown(YNode node, String what, Collection<String> known, Problems problems) {
        String id = node.text();
        if (known.contains(id)) return true;
        if (id.length() > MAX_LENGTH) {
            problems.add(node, "unknown " + what + " '" + id.substring(0, 40) + "…' (" + id.length() + " characters)");
            return false;
        }
        String hint = nearest(id, known).map(n -> " (did you mean '" + n + "'?)")
                .orElse(known.isEmpty() ? " (none is defined)"
                        : known.size() <= 12 ? " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")" : "");
        problems.add(node, "unknown " + what + " '" + id + "'" + hint);
        return false;
    }

    /** The known id that shares the longest prefix or differs by a few letters, for "did you mean". */
    private static Optional<String> nearest(String id, Collection<String> known) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String k : known) {
            int score = org.claimcheck.text.EditDistance.levenshtein(id, k);
            if (score < bestScore && score <= Math.max(2, id.length() / 3)) {
                bestScore = score;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }
}
