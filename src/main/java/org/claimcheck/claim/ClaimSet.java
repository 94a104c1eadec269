package org.claimcheck.claim;

import java.util.List;

/** Everything loaded from the claims folder. */
public record ClaimSet(Vocabulary vocabulary, List<Claim> claims, List<Waiver> waivers, List<Dispute> disputes) {
    public ClaimSet(Vocabulary vocabulary, List<Claim> claims, List<Waiver> waivers) {
        this(vocabulary, claims, waivers, List.of());
    }
}
