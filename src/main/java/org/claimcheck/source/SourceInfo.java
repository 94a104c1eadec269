package org.claimcheck.source;

/**
 * One entry of {@code seeds/sources.yaml}: what a source document is and the hash of the text that the claims
 * were recorded against. {@code path} is relative to the repository root, as reports show it.
 */
public record SourceInfo(String id, String path, String title, String kind, String publisher, String licence,
        String sha256) {
}
