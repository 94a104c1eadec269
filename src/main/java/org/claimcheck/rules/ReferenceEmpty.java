package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;

/** Entries with no text of their own: empty, or only the wiki's error message where the source should be. */
@RuleInfo(id = "reference-empty", severity = Severity.ERROR,
        summary = "a reference entry has no text, or only a wiki error message",
        description = """
                An entry of a reference list must say what it cites. An empty entry, or one that holds only \
                MediaWiki's error message ("Cite error: … no text was provided for refs named …"), leaves every \
                marker pointing at it without a source: a named ref reused but never defined, a definition left \
                empty, an empty <ref/>. Give the entry its source's details, or point the markers at the right \
                one.""")
public final class ReferenceEmpty implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            EntryErrors errors = EntryErrors.of(ws, doc);
            for (Reference r : doc.references()) {
                if (!errors.empty(r)) continue;
                List<CiteError> shown = errors.errorsIn(r);
                String says = shown.isEmpty() ? "" : "; the page shows \"" + shown.get(0).text() + "\"";
                out.add(finding(r.label() + " in " + doc.path() + " has no text" + says,
                        List.of(ws.locate(doc, r.start(), r.end())), null));
            }
        }
        return out;
    }
}
