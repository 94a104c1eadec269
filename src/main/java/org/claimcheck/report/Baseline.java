package org.claimcheck.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Finding;
import org.claimcheck.check.FindingIds;

/**
 * Findings a team accepted for now, by fingerprint, each with the reason they wrote. A run checked against a
 * baseline fails only on findings not in it; entries no finding matches any more are fixed and can go.
 */
public record Baseline(List<Entry> entries) {
    public static final Baseline NONE = new Baseline(List.of());

    /** One accepted finding: what it was (for people reading the file) and why it is accepted. */
    public record Entry(String fingerprint, String rule, String message, String reason) {
    }

    /**
     * What becomes of each finding besides being reported: the findings a baseline accepts, with their entries,
     * and the entries that are fixed; the findings an open dispute acknowledges, with the dispute; and every
     * dispute of the workspace. Accepted and acknowledged findings do not fail the gate. Findings are told apart
     * by identity: the same finding made twice is two findings, one of which may be new. {@code againstBaseline}
     * says whether a baseline was given at all (then every other finding is new).
     */
    public record Triage(Map<Finding, Entry> accepted, List<Entry> fixed, Map<Finding, DisputeView> acknowledged,
            List<DisputeView> disputes, boolean againstBaseline) {
        public static final Triage NONE = new Triage(Map.of(), List.of());

        public Triage(Map<Finding, Entry> accepted, List<Entry> fixed) {
            this(accepted, fixed, Map.of(), List.of(), false);
        }

        /** This triage with the workspace's disputes and the findings their open ones acknowledge. */
        public Triage withDisputes(List<DisputeView> all, Map<Finding, DisputeView> covered) {
            return new Triage(accepted, fixed, Collections.unmodifiableMap(covered), List.copyOf(all), againstBaseline);
        }

        public boolean isAccepted(Finding f) {
            return accepted.containsKey(f);
        }

        /** The entry that accepts the finding, or null. */
        public Entry entry(Finding f) {
            return accepted.get(f);
        }

        /** The open dispute that acknowledges the finding, or null. */
        public DisputeView dispute(Finding f) {
            return acknowledged.get(f);
        }

        /** Whether the finding counts for the gate: neither baselined nor acknowledged by an open dispute. */
        public boolean counts(Finding f) {
            return !accepted.containsKey(f) && !acknowledged.containsKey(f);
        }
    }

    /**
     * Matches findings to entries by fingerprint, as many findings per fingerprint as it has entries (a finding
     * made twice needs two entries), in order.
     */
    public Triage triage(List<Finding> findings) {
        Map<String, Deque<Entry>> open = new HashMap<>();
        for (Entry e : entries) open.computeIfAbsent(e.fingerprint(), k -> new ArrayDeque<>()).add(e);
        Map<Finding, Entry> accepted = new IdentityHashMap<>();
        for (Finding f : findings) {
            Deque<Entry> left = open.get(FindingIds.fingerprint(f));
            if (left != null && !left.isEmpty()) accepted.put(f, left.poll());
        }
        List<Entry> fixed = new ArrayList<>();
        for (Entry e : entries) {
            if (open.get(e.fingerprint()).remove(e)) fixed.add(e);
        }
        return new Triage(Collections.unmodifiableMap(accepted), List.copyOf(fixed), Map.of(), List.of(), this != NONE);
    }
}
