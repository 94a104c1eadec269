package org.claimcheck.report;

import java.util.List;
import java.util.Map;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Severity;

/**
 * A whole run for the reports: what was checked and every finding, in report order.
 *
 * @param titles   each source's title by its file as locations show it, so reports can name documents
 * @param linkBase the way from the reports' folder to the workspace root ("../"), or null when the reports
 *                 lie outside the workspace: then reports do not link to the files
 * @param rules    the rules that ran, for reports that describe them (SARIF)
 * @param triage   the findings a baseline accepts, and its entries no finding matches any more
 * @param texts    how much of each source was set aside as furniture or boilerplate, in the sources' order
 * @param view     the sources' texts, anchored quotes and markers, for the HTML report
 */
public record Result(int sources, int claims, int quotes, int anchored, List<Finding> findings,
        Map<String, String> titles, String linkBase, List<Rule> rules, Baseline.Triage triage, List<SourceText> texts,
        WorkspaceView view) {

    public Result(int sources, int claims, int quotes, int anchored, List<Finding> findings) {
        this(sources, claims, quotes, anchored, findings, Map.of(), null, List.of(), Baseline.Triage.NONE, List.of(),
                WorkspaceView.EMPTY);
    }

    public Result(int sources, int claims, int quotes, int anchored, List<Finding> findings,
            Map<String, String> titles, String linkBase, List<Rule> rules) {
        this(sources, claims, quotes, anchored, findings, titles, linkBase, rules, Baseline.Triage.NONE, List.of(),
                WorkspaceView.EMPTY);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * "2 errors, 1 warning, 0 info", with disputes "(1 of them acknowledged by open disputes)", with a baseline
     * "(1 of them baselined, 2 baseline entries fixed)", with both the two notes separated by "; "
     */
    public String tally() {
        long e = count(Severity.ERROR);
        long w = count(Severity.WARNING);
        String counts = e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                + count(Severity.INFO) + " info";
        int accepted = triage.accepted().size();
        int fixed = triage.fixed().size();
        int acknowledged = triage.acknowledged().size();
        List<String> notes = new java.util.ArrayList<>();
        if (acknowledged > 0) notes.add(acknowledged + " of them acknowledged by open disputes");
        if (accepted > 0 || fixed > 0) {
            notes.add(accepted + " of them baselined, " + fixed + " baseline " + (fixed == 1 ? "entry" : "entries") + " fixed");
        }
        return notes.isEmpty() ? counts : counts + " (" + String.join("; ", notes) + ")";
    }

    /** "2 sources, 5 claims, 7 quotes (7 found in their sources)" */
    public String scope() {
        return sources + (sources == 1 ? " source, " : " sources, ") + claims + (claims == 1 ? " claim, " : " claims, ")
                + quotes + (quotes == 1 ? " quote" : " quotes") + " (" + anchored + " found in their sources)";
    }
}
