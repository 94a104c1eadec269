package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.source.Document;

/** A source whose bytes differ from the sha256 pinned in sources.yaml: its claims were checked against other text. */
@RuleInfo(id = "source-changed", severity = Severity.ERROR,
        summary = "a source document differs from the version its claims were recorded against",
        description = """
                sources.yaml pins each document by its sha256. When the file changes, quotes may still anchor \
                while their meaning, line numbers or citation markers moved. Re-read the claims of the source \
                against the new text, then update the pinned sha256.""")
public final class SourceChanged implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            String pinned = doc.info().sha256();
            if (pinned.isEmpty() || pinned.equals(doc.actualSha256())) continue;
            out.add(finding(doc.path() + " has changed since its claims were recorded: its sha256 is "
                            + doc.actualSha256().substring(0, 12) + "…, sources.yaml pins " + pinned.substring(0, 12) + "…",
                    List.of(new Location(doc.path(), 1, 1, 0, "", "")),
                    "re-check the claims on " + doc.id() + ", then set its sha256 to " + doc.actualSha256()));
        }
        return out;
    }
}
