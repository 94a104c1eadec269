package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Marker;
import org.claimcheck.source.Document;

/** Numbering by order of first use that breaks: a number first used after a higher one. Once per document. */
@RuleInfo(id = "citation-order", severity = Severity.WARNING,
        summary = "reference numbers are not first used in order",
        description = """
                Numbered styles (Vancouver, IEEE, Wikipedia) number entries in the order the text first cites \
                them, so first uses run 1, 2, 3. A number first used after a higher one means markers or entries \
                were moved or renumbered. Reported once per document, at the first break. Lists where most first \
                uses are out of order are numbered some other way (alphabetically) and are not flagged.""")
public final class CitationOrder implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            doc.markers().stream().filter(m -> !m.inNote())
                    .collect(Collectors.groupingBy(Marker::list, TreeMap::new, Collectors.toList()))
                    .forEach((list, markers) -> check(ws, doc, markers).ifPresent(out::add));
        }
        return out;
    }

    /** The first break in one list's numbering by first use, unless most first uses are out of order. */
    private Optional<Finding> check(Workspace ws, Document doc, List<Marker> markers) {
        Set<Integer> seen = new HashSet<>();
        int breaks = 0;
        Marker highest = null, first = null, higher = null;
        for (Marker m : markers) {
            if (!seen.add(m.number())) continue;
            if (highest != null && m.number() < highest.number()) {
                breaks++;
                if (first == null) {
                    first = m;
                    higher = highest;
                }
            } else {
                highest = m;
            }
        }
        if (first == null || breaks * 3 > seen.size()) return Optional.empty();
        List<Location> where = List.of(ws.locate(doc, first.start(), first.end()),
                ws.locate(doc, higher.start(), higher.end()));
        return Optional.of(finding(first.label() + " in " + doc.path() + " is first used after [" + higher.number()
                + "]: numbering by first use breaks here" + (breaks > 1 ? " (" + breaks + " numbers out of order)" : ""),
                where, null));
    }
}
