package org.claimcheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.FindingIds;
import org.claimcheck.check.Location;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Dispute;

/**
 * A dispute as the reports show it: the dispute, and who says what, each claim it is about with what it says
 * and where its sources say it (the "who says what" table).
 */
public record DisputeView(Dispute dispute, List<Said> said) {

    /** One claim of a dispute: its id, what it says and the places its quotes stand (those found). */
    public record Said(String claim, String says, List<Location> quotes) {
    }

    public static List<DisputeView> of(Workspace ws) {
        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : ws.claims()) byId.put(c.id(), c);
        List<DisputeView> out = new ArrayList<>();
        for (Dispute d : ws.disputes()) {
            List<Said> said = d.claims().stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .map(c -> new Said(c.id(), c.says(), ws.evidence(c))).toList();
            out.add(new DisputeView(d, said));
        }
        return List.copyOf(out);
    }

    /**
     * The findings an open dispute covers, with the first such dispute: those whose claims (the claim entries
     * among their places) are all in the dispute, or whose fingerprint it names.
     */
    public static Map<Finding, DisputeView> acknowledged(Workspace ws, List<DisputeView> disputes, List<Finding> findings) {
        Map<Finding, DisputeView> out = new IdentityHashMap<>();
        if (disputes.stream().noneMatch(v -> v.dispute().status() == Dispute.Status.OPEN)) return out;
        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : ws.claims()) byId.put(c.id(), c);
        for (Finding f : findings) {
            Set<String> claims = claimsOf(f, byId);
            String fingerprint = FindingIds.fingerprint(f);
            for (DisputeView v : disputes) {
                if (v.dispute().status() == Dispute.Status.OPEN && v.dispute().covers(claims, fingerprint)) {
                    out.put(f, v);
                    break;
                }
            }
        }
        return out;
    }

    /** The ids of the claims whose entries a finding points at (a claim entry is its id at the claim's place). */
    private static Set<String> claimsOf(Finding f, Map<String, Claim> byId) {
        Set<String> ids = new LinkedHashSet<>();
        for (Location l : f.locations()) {
            if (!l.isClaimFile()) continue;
            Claim c = byId.get(l.text());
            if (c != null && c.place().file().equals(l.file()) && c.place().line() == l.line()
                    && c.place().column() == l.column()) ids.add(c.id());
        }
        return ids;
    }
}
