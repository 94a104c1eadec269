package org.claimcheck.claim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where sources disagree, recorded as a historian annotates it: what it is about (claim ids, or the fingerprints
 * of findings that involve no claim), whether it is still open, each side's position with its own sources, and
 * once resolved the outcome and the claims' ranks. An open dispute acknowledges the findings it covers: they are
 * still reported, beside the dispute, but no longer fail the gate. Ranks decide instead: a deprecated claim
 * takes part in no constraint.
 */
public record Dispute(String id, String topic, Status status, List<String> claims, List<String> findings,
        List<Position> positions, String outcome, Map<String, Rank> ranks, Place place) {

    public enum Status {
        OPEN, RESOLVED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** As Wikidata's statement ranks: deprecated claims are kept (the source says it) but compared with nothing. */
    public enum Rank {
        PREFERRED, NORMAL, DEPRECATED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One side: who holds it and since when, what they hold, why, the reference work it rests on ({@code basis},
     * may be null) and the passages of the sources that say it.
     */
    public record Position(String author, String date, String stance, String argument, String basis,
            List<Quote> sources) {
    }

    /** Whether the dispute speaks for a finding that involves exactly these claims (none: only by fingerprint). */
    public boolean covers(Set<String> claimIds, String fingerprint) {
        if (findings.contains(fingerprint)) return true;
        return !claimIds.isEmpty() && claims.containsAll(claimIds);
    }
}
