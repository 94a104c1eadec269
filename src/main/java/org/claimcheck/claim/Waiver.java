package org.claimcheck.claim;

/** A passage deliberately left without a claim (coverage stops asking for it), and why. */
public record Waiver(Quote passage, String reason) {
}
