package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.source.Document;

/** A marker whose entry was published before the event its citing text reports: it cannot be the source. */
@RuleInfo(id = "citation-anachronism", severity = Severity.WARNING,
        summary = "a marker's entry was published before the event its sentence reports",
        description = """
                A source cannot report what happened after it was published: a 1998 article cited for a 2004 \
                election is the wrong entry, usually because the list was renumbered. The event date is the \
                latest date stated in the text the marker vouches for (back to the previous marker, at most \
                three sentences); text about plans or forecasts ("expected to begin in 2024") is skipped. Only \
                an entry dated two or more years earlier is flagged (news of a film due next year may be cited \
                for its release), and in a run ("opened in 1901 and extended in 1914.[1][2]") an entry for an \
                earlier date the text states is fine when another entry of the run reports the latest. Years of \
                cited works ("Smith (2000) showed"), numbered names ("Opinion 2027") and quantities ("1500 km") \
                are not dates of the text. Markers in a shifted stretch are left to citation-shift. Fix the \
                marker, or record the right entry.""")
public final class CitationAnachronism implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            for (Citations all : Citations.of(ws, doc)) {
                for (Citations.Cite c : all.cites()) {
                    Citations.Entry e = all.entries().get(c.number());
                    if (e == null || !all.anachronistic(c, e) || Shifts.shifted(ws, doc, c.marker())) continue;
                    out.add(finding(c.marker().label() + " cites " + e.describe() + " for text about " + c.event()
                            + ", a later date: " + Citations.quote(c), Citations.evidence(ws, doc, c, e), null));
                }
            }
        }
        return out;
    }
}
