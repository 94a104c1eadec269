package org.claimcheck.claim;

import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;

/** Reads 'according-to': whose statement a quote or assertion reports, an entity (a person, a work) or a source. */
final class Attribution {
    static final String KEY = "according-to";

    private Attribution() {
    }

    /** The id named, or null when none is (or it is unknown: problem added). */
    static String read(YMap m, Vocabulary vocabulary, Set<String> sourceIds, Problems problems) {
        String id = m.text(KEY, false).orElse(null);
        if (id == null || vocabulary == null) return id;
        Set<String> known = new TreeSet<>(vocabulary.entities().keySet());
        if (sourceIds != null) known.addAll(sourceIds);
        return Ids.checkKnown(m.get(KEY).orElseThrow(), "entity or source", known, problems) ? id : null;
    }
}
