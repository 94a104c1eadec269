package org.claimcheck.source;

import java.util.List;

/**
 * One entry of {@code seeds/sources.yaml}: what a source document is and the hash of the text that the claims
 * were recorded against. {@code path} is relative to the repository root, as reports show it.
 * {@code boilerplate} lists the line ranges that are not the work's text (navigation, shop advertising,
 * licence lines): nothing is claimed from them and no rule looks at them.
 */
public record SourceInfo(String id, String path, String title, String kind, String publisher, String licence,
        String sha256, List<LineRange> boilerplate) {

    /** An inclusive range of 1-based lines. */
    public record LineRange(int first, int last) {
        public boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    public boolean isBoilerplate(int line) {
        return boilerplate.stream().anyMatch(r -> r.contains(line));
    }
}
