package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;
import org.claimcheck.claim.Claim;
import org.claimcheck.source.Document;

/**
 * In-text markers that point at no entry of the document's reference list; many numbers at once are one
 * finding, because they are one problem: a list trimmed or lost when the text was copied.
 */
@RuleInfo(id = "citation-out-of-range", severity = Severity.ERROR,
        summary = "a citation marker points at no entry of the reference list",
        description = """
                A marker such as [12] must have entry 12 in the document's reference list. A marker without \
                one is a sign of garbled numbering (entries renumbered, merged or dropped) or of a list trimmed \
                when the text was copied. Bracketed words such as [ru] are not markers. More than ten missing \
                numbers are reported as one finding with their ranges.""")
public final class CitationOutOfRange implements Rule {
    /** More missing numbers than this are summarised. */
    static final int SUMMARIZE_ABOVE = 10;

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            if (doc.markers().isEmpty()) continue;
            Set<Integer> entries = doc.references().stream().map(Reference::number).collect(Collectors.toSet());
            Map<Integer, List<Marker>> missing = new TreeMap<>();
            for (Marker m : doc.markers()) {
                if (!entries.contains(m.number())) missing.computeIfAbsent(m.number(), k -> new ArrayList<>()).add(m);
            }
            String list = doc.references().isEmpty() ? "it has no reference list"
                    : "its reference list has " + doc.references().size() + " entries";
            if (missing.size() > SUMMARIZE_ABOVE) {
                out.add(summary(ws, doc, missing, list));
                continue;
            }
            missing.forEach((number, markers) -> {
                List<Location> where = new ArrayList<>();
                markers.forEach(m -> where.add(ws.locate(doc, m.start(), m.end())));
                for (Claim c : ws.claims()) {
                    boolean cites = c.quotes().stream()
                            .anyMatch(q -> q.source().equals(doc.id()) && q.cites().contains(number));
                    if (cites) where.add(ws.locate(c));
                }
                out.add(finding("[" + number + "] in " + doc.path() + " points at no reference entry: " + list,
                        where, null));
            });
        }
        return out;
    }

    /** One finding for a list that lacks many numbers: the first marker of each of the first few, then claims. */
    private Finding summary(Workspace ws, Document doc, Map<Integer, List<Marker>> missing, String list) {
        int markers = missing.values().stream().mapToInt(List::size).sum();
        List<Location> where = new ArrayList<>();
        missing.values().stream().limit(SUMMARIZE_ABOVE).forEach(ms -> where.add(ws.locate(doc, ms.get(0).start(), ms.get(0).end())));
        missing.keySet().forEach(n -> where.addAll(Citations.claimsCiting(ws, doc, n)));
        String present = doc.references().isEmpty() ? "" : " ("
                + Ranges.of(doc.references().stream().map(Reference::number).toList()) + ")";
        return finding(markers + " markers in " + doc.path() + " point at " + missing.size()
                + " numbers without an entry (" + Ranges.of(List.copyOf(missing.keySet())) + "): " + list + present
                + "; the list looks trimmed or lost", where.stream().distinct().toList(), null);
    }
}
