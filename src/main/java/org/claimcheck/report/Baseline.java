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
     * Which findings the baseline accepts, with their entries, and which entries are fixed. Findings are told
     * apart by identity: the same finding made twice is two findings, one of which may be new.
     */
    public record Triage(Map<Finding, Entry> accepted, List<Entry> fixed) {
        public static final Triage NONE = new Triage(Map.of(), List.of());

        public boolean isAccepted(Finding f) {
            return accepted.containsKey(f);
        }

        /** The entry that accepts the finding, or null. */
        public Entry entry(Finding f) {
            return accepted.get(f);
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
        return new Triage(Collections.unmodifiableMap(accepted), List.copyOf(fixed));
    }
}
