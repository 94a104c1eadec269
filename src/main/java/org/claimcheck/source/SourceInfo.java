package org.claimcheck.source;

import java.util.List;

/**
 * One entry of {@code seeds/sources.yaml}: what a source document is and the hash of the text that the claims
 * were recorded against. {@code path} is relative to the repository root, as reports show it.
 * The boilerplate is what the editor names as not the work's text (navigation, shop advertising, licence lines),
 * beside the page furniture found by itself: line ranges, CSS selectors (HTML) and texts (every line holding one
 * is boilerplate). Nothing is claimed from it and no rule looks at it.
 */
public record SourceInfo(String id, String path, String title, String kind, String publisher, String licence,
        String sha256, List<LineRange> boilerplate, List<String> boilerplateSelectors, List<String> boilerplateTexts) {

    public SourceInfo {
        boilerplate = List.copyOf(boilerplate);
        boilerplateSelectors = List.copyOf(boilerplateSelectors);
        boilerplateTexts = List.copyOf(boilerplateTexts);
    }

    /** A source whose boilerplate is named by line ranges only, or not at all. */
    public SourceInfo(String id, String path, String title, String kind, String publisher, String licence,
            String sha256, List<LineRange> boilerplate) {
        this(id, path, title, kind, publisher, licence, sha256, boilerplate, List.of(), List.of());
    }

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
