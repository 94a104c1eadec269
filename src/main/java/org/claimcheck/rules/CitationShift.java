package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Marker;
import org.claimcheck.source.Document;

/** A reference list that lost or gained an entry, so that a stretch of markers each points one entry off. */
@RuleInfo(id = "citation-shift", severity = Severity.WARNING,
        summary = "a stretch of markers each fits the entry next to its own: the list lost or gained an entry",
        description = """
                When a reference list loses an entry, every later marker [n] points at what was entry n+1, and \
                its text fits entry n−1 instead; when the list gains one, entry n+1. Each marker's text \
                (back to the previous marker, at most three sentences) is compared with its own entry and its \
                two neighbours, by the text's years and distinctive names shared with the entries' titles. At \
                least three numbers in a row must fit the same neighbour clearly better than their own entry, \
                more than twice as many as fit their own. The stretch is one finding, with the repair plan as \
                its fix; its markers get no citation-mismatch or citation-anachronism finding of their own.""")
public final class CitationShift implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            List<Shifts.Shift> shifts = Shifts.of(ws, doc);
            if (shifts.isEmpty()) continue;
            Map<String, Marker> first = new HashMap<>();
            doc.markers().forEach(m -> first.putIfAbsent(m.list() + "\n" + m.number(), m));
            for (Shifts.Shift s : shifts) out.add(finding(ws, doc, s, first.get(s.list() + "\n" + s.from())));
        }
        return out;
    }

    private Finding finding(Workspace ws, Document doc, Shifts.Shift s, Marker first) {
        boolean lost = s.offset() < 0;
        String range = "[" + s.from() + "]–[" + s.to() + "]" + listName(s);
        String message = "markers " + range + " each fit the entry " + (lost ? "before" : "after") + " their own ("
                + s.numbersFor() + " of the " + (s.numbersFor() + s.numbersAgainst()) + " numbers with evidence): "
                + s.example().marker().label() + " for " + Citations.quote(s.example()) + " fits " + s.fits().describe()
                + ", not " + s.cited().describe() + "; the list seems to have "
                + (lost ? "lost an entry " + missing(s) : "gained " + extra(s));
        String fix = "cite [n" + (lost ? "−1" : "+1") + "] for each [n] from " + range.replace("]–[", "] to [")
                + ", or " + (lost ? "restore the entry missing " + missing(s) : "remove " + extra(s));
        List<Location> at = new ArrayList<>();
        if (first != s.example().marker()) at.add(ws.locate(doc, first.start(), first.end()));
        at.addAll(Citations.evidence(ws, doc, s.example(), s.cited(), s.fits()));
        return finding(message, at, fix);
    }

    private static String listName(Shifts.Shift s) {
        return s.list().isEmpty() ? "" : " of list '" + s.list() + "'";
    }

    /** Where a lost entry stood: after the last entry still in step, before the first one cited one number late. */
    private static String missing(Shifts.Shift s) {
        int next = s.from() - 1;
        if (s.inStep() >= next - 1) return "just before entry " + next;
        return (s.inStep() == 0 ? "somewhere before entry " : "somewhere between entries " + s.inStep() + " and ") + next;
    }

    /** Which entry was added: one after the last in step, up to the first one a marker skips. */
    private static String extra(Shifts.Shift s) {
        int first = s.inStep() + 1;
        return first >= s.from() ? "entry " + s.from() : "an entry, one of entries " + first + "–" + s.from();
    }
}
