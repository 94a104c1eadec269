package org.claimcheck.check;

/**
 * A place a finding points at: a repository-relative file, 1-based line and column, the page for PDFs (else
 * 0), the exact text there, and for reports a wider excerpt around it ({@code context}, which contains text).
 */
public record Location(String file, int line, int column, int page, String text, String context) {

    public static Location inClaimFile(org.claimcheck.claim.Place place, String text) {
        return new Location(place.file(), place.line(), place.column(), 0, text, null);
    }

    public boolean isClaimFile() {
        return context == null;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
