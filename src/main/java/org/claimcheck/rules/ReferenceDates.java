package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.source.Document;
import org.claimcheck.time.PartialDate;

/** An entry retrieved or archived before it was published: one of its dates is wrong. */
@RuleInfo(id = "reference-dates", severity = Severity.WARNING,
        summary = "an entry's retrieval or archive date is before its publication date",
        description = """
                Nobody retrieves or archives a page before it is published. An entry whose "Retrieved" or \
                "Archived from the original on" date is wholly before its publication date has a mistyped date \
                or dates belonging to another entry. Dates of different precision that overlap (2015 and \
                2015-05-10) are not flagged.""")
public final class ReferenceDates implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            for (Citations list : Citations.of(ws, doc)) {
                for (Citations.Entry e : list.entries().values()) {
                    if (e.date() == null) continue;
                    check(ws, doc, e, "retrieved", e.fields().retrieved(), out);
                    check(ws, doc, e, "archived", e.fields().archived(), out);
                }
            }
        }
        return out;
    }

    private void check(Workspace ws, Document doc, Citations.Entry e, String what, PartialDate when, List<Finding> out) {
        if (when == null || !when.last().isBefore(e.date().first())) return;
        out.add(finding(e.describe() + " in " + doc.path() + " was " + what + " " + when
                + ", before its publication date " + e.date(),
                List.of(ws.locate(doc, e.ref().start(), e.ref().end())), null));
    }
}
