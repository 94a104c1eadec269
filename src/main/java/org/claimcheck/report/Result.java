package org.claimcheck.report;

import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Severity;

/**
 * A whole run for the reports: what was checked and every finding, in report order; {@code view} holds the
 * sources' texts for the HTML report.
 */
public record Result(int sources, int claims, int quotes, int anchored, List<Finding> findings, WorkspaceView view) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** "2 errors, 1 warning, 0 info" */
    public String tally() {
        long e = count(Severity.ERROR);
        long w = count(Severity.WARNING);
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                + count(Severity.INFO) + " info";
    }

    /** "2 sources, 5 claims, 7 quotes (7 found in their sources)" */
    public String scope() {
        return sources + (sources == 1 ? " source, " : " sources, ") + claims + (claims == 1 ? " claim, " : " claims, ")
                + quotes + (quotes == 1 ? " quote" : " quotes") + " (" + anchored + " found in their sources)";
    }
}
