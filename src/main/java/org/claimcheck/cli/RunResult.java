package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.report.Baseline;
import org.claimcheck.report.Result;
import org.claimcheck.report.SourceText;
import org.claimcheck.report.WorkspaceView;
import org.claimcheck.source.Document;

/** A run's {@link Result}: what was checked, the findings, and what each report needs besides. */
final class RunResult {
    private RunResult() {
    }

    /**
     * The way from the reports' folder up to the root ("../"), for links in reports; null when the folder is not
     * inside the root, since the way there would name the machine's own folders.
     */
    static String linkBase(Path root, Path outDir) {
        Path r = root.toAbsolutePath().normalize();
        Path o = outDir.toAbsolutePath().normalize();
        if (!o.startsWith(r)) return null;
        return "../".repeat(o.getNameCount() - r.getNameCount());
    }

    static Result of(Workspace ws, List<Finding> findings, String linkBase, List<Rule> rules, Baseline.Triage triage) {
        int quotes = 0;
        int anchored = 0;
        for (Claim c : ws.claims()) {
            quotes += c.quotes().size();
            anchored += (int) c.quotes().stream().filter(q -> ws.anchor(q).found()).count();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (Document d : ws.documents()) titles.put(d.path(), d.info().title());
        List<SourceText> texts = ws.documents().stream().map(d -> new SourceText(d.path(),
                d.setAside().textCharacters(), d.setAside().characters())).toList();
        return new Result(ws.documents().size(), ws.claims().size(), quotes, anchored, findings, titles, linkBase, rules,
                triage, texts, WorkspaceView.of(ws));
    }
}
