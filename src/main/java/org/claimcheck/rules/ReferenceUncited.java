package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;

/** Reference entries that no marker cites; many at once are summarised as the list's uncited stretches. */
@RuleInfo(id = "reference-uncited", severity = Severity.WARNING,
        summary = "a reference entry is cited by no marker",
        description = """
                Every entry of a numbered reference list should be cited by a marker in the text (in HTML, a \
                marker cites the entry its link targets, whatever its label says). An uncited \
                entry is a sign of renumbering (the marker now points elsewhere), of a citation lost in editing, \
                or of an excerpt whose list was copied whole. Documents without any marker, and lists in which no \
                marker counts, are not checked. \
                More than five uncited entries are reported as one finding with their numbers.""")
public final class ReferenceUncited implements Rule {
    /** More uncited entries than this are one finding: a list copied whole beside part of its text. */
    static final int SUMMARIZE_ABOVE = 5;

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            List<Reference> uncited = List.copyOf(EntryErrors.of(ws, doc).uncited());
            if (uncited.size() > SUMMARIZE_ABOVE) {
                List<Location> where = uncited.stream().limit(SUMMARIZE_ABOVE)
                        .map(r -> ws.locate(doc, r.start(), r.end())).toList();
                out.add(finding(uncited.size() + " of " + doc.references().size() + " entries in " + doc.path()
                        + " are cited by no marker: " + Ranges.of(uncited.stream().map(Reference::number).toList()),
                        where, null));
                continue;
            }
            for (Reference r : uncited) {
                out.add(finding(r.label() + " in " + doc.path() + " is cited by no marker",
                        List.of(ws.locate(doc, r.start(), r.end())), null));
            }
        }
        return out;
    }
}
