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
import org.claimcheck.source.Document;

/**
 * In-text markers that point at no entry of the document's reference list; many numbers at once are one
 * finding, because they are one problem: a list trimmed or lost when the text was copied.
 */
@RuleInfo(id = "citation-out-of-range", severity = Severity.ERROR,
        summary = "a citation marker points at no entry of the reference list",
        description = """
                A marker such as [12] must have entry 12 in the document's reference list; in HTML, the entry \
                its link targets (#cite_note-…) must be in the page. A marker without \
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
            Map<String, List<Marker>> byList = doc.markers().stream()
                    .collect(Collectors.groupingBy(Marker::list, TreeMap::new, Collectors.toList()));
            byList.forEach((name, markers) -> out.addAll(check(ws, doc, name, markers)));
        }
        return out;
    }

    /** The markers of one list against that list's entries. */
    private List<Finding> check(Workspace ws, Document doc, String name, List<Marker> markers) {
        List<Reference> refs = doc.references().stream().filter(r -> r.list().equals(name)).toList();
        Set<Integer> entries = refs.stream().map(Reference::number).collect(Collectors.toSet());
        Set<String> ids = doc.references().stream().map(Reference::id).filter(id -> id != null).collect(Collectors.toSet());
        Map<Integer, List<Marker>> missing = new TreeMap<>();
        for (Marker m : markers) {
            boolean found = m.target() != null ? ids.contains(m.target()) : entries.contains(m.number());
            if (!found) missing.computeIfAbsent(m.number(), k -> new ArrayList<>()).add(m);
        }
        String which = name.equals(Reference.MAIN) ? "" : " '" + name + "'";
        String list = refs.isEmpty() ? "it has no reference list" + which
                : "its reference list" + which + " has " + refs.size() + " entries";
        if (missing.size() > SUMMARIZE_ABOVE) return List.of(summary(ws, doc, name, missing, list, refs));
        List<Finding> out = new ArrayList<>();
        missing.forEach((number, ms) -> {
            List<Location> where = new ArrayList<>();
            ms.forEach(m -> where.add(ws.locate(doc, m.start(), m.end())));
            if (name.equals(Reference.MAIN)) where.addAll(Citations.claimsCiting(ws, doc, number));
            String target = ms.get(0).target() == null ? "" : " (its link #" + ms.get(0).target() + " leads nowhere in the page)";
            out.add(finding(ms.get(0).label() + " in " + doc.path() + " points at no reference entry" + target + ": " + list,
                    where, null));
        });
        return out;
    }

    /** One finding for a list that lacks many numbers: the first marker of each of the first few, then claims. */
    private Finding summary(Workspace ws, Document doc, String name, Map<Integer, List<Marker>> missing, String list,
            List<Reference> refs) {
        int markers = missing.values().stream().mapToInt(List::size).sum();
        List<Location> where = new ArrayList<>();
        missing.values().stream().limit(SUMMARIZE_ABOVE).forEach(ms -> where.add(ws.locate(doc, ms.get(0).start(), ms.get(0).end())));
        if (name.equals(Reference.MAIN)) missing.keySet().forEach(n -> where.addAll(Citations.claimsCiting(ws, doc, n)));
        String present = refs.isEmpty() ? "" : " (" + Ranges.of(refs.stream().map(Reference::number).toList()) + ")";
        return finding(markers + " markers in " + doc.path() + " point at " + missing.size()
                + " numbers without an entry (" + Ranges.of(List.copyOf(missing.keySet())) + "): " + list + present
                + "; the list looks trimmed or lost", where.stream().distinct().toList(), null);
    }
}
