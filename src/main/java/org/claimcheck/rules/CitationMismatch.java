package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.source.Document;

/**
 * A marker whose entry does not fit its text while another entry does, with that entry as the repair. Evidence is
 * needed both ways, and each case is judged conservatively: an entry that predates the text's event, or a
 * report dated to the month years after it that shares none of its names, replaced by the one entry that fits (dated in the text's
 * year, naming what it names); and an entry not dated in the year stated just before the marker, replaced by a
 * misplaced entry (one cited only for later events) that is. An entry the marker's own run cites is never the
 * repair, and markers of a shifted stretch are left to citation-shift.
 */
@RuleInfo(id = "citation-mismatch", severity = Severity.WARNING,
        summary = "a marker's entry does not fit its text and another entry does",
        description = """
                Reads each marker's text (back to the previous marker, at most three sentences) against the \
                reference list, by dates and shared names. A marker is flagged when its entry predates the \
                text's event by two years or more, or is a report dated to the month or day five years or more \
                after it that shares none of its names, and exactly one other entry fits (dated in the text's \
                year and naming one of its names, or naming two; for a later entry, the former); or when its \
                entry is not dated in the year stated just before the marker and a misplaced entry (cited only \
                for events after it was published) is, and fits no \
                other text. An entry cited in the same run ("[3][4]") is never suggested, and markers of a \
                stretch citation-shift reports are not flagged one by one. The fix names the entry to cite; \
                where a list was renumbered, the fixes together are the repair plan.""")
public final class CitationMismatch implements Rule {
    /** How many years after the text's event an entry must be dated to look like a report of something else. */
    private static final int LATER = 5;

    private record Suggestion(Citations.Cite cite, Citations.Entry cited, Citations.Entry better, String why) {
    }

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            for (Citations all : Citations.of(ws, doc)) out.addAll(check(ws, doc, all));
        }
        return out;
    }

    private List<Finding> check(Workspace ws, Document doc, Citations all) {
        Map<Citations.Cite, Suggestion> plan = new LinkedHashMap<>();
        Misplaced misplaced = new Misplaced(all);
        for (Citations.Cite c : all.cites()) {
            Citations.Entry e = all.entries().get(c.number());
            if (e == null || Shifts.shifted(ws, doc, c.marker())) continue;
            boolean older = all.anachronistic(c, e);
            Suggestion s = older || later(all, c, e) ? replacement(all, c, e, older) : null;
            if (s == null && !older) s = misplacedFit(misplaced, c, e);
            if (s != null) plan.put(c, s);
        }
        Map<Citations.Entry, List<Suggestion>> byBetter = new LinkedHashMap<>();
        plan.values().forEach(s -> byBetter.computeIfAbsent(s.better(), k -> new ArrayList<>()).add(s));
        List<Finding> out = new ArrayList<>();
        for (Suggestion s : plan.values()) {
            String fix = "cite [" + s.better().ref().number() + "] here";
            for (Suggestion other : byBetter.getOrDefault(s.cited(), List.of())) {
                fix += "; " + s.cited().ref().label() + " belongs at [" + other.cite().number() + "]";
            }
            out.add(finding(s.cite().marker().label() + " cites " + s.cited().describe() + " for "
                    + Citations.quote(s.cite()) + "; " + s.better().describe() + " fits: " + s.why(),
                    Citations.evidence(ws, doc, s.cite(), s.cited(), s.better()), fix));
        }
        return out;
    }

    /**
     * A dated report (of month or day: news of its day, not a history written later) from years after the text's
     * latest date that shares none of its names: a report of something else.
     */
    private static boolean later(Citations all, Citations.Cite c, Citations.Entry e) {
        return e.date() != null && e.date().month() > 0 && c.event() != null && e.date().year() >= c.event().year() + LATER
                && !Citations.sameYear(e, c) && all.shared(c, e).isEmpty();
    }

    /**
     * The one entry that fits a marker whose entry does not (dated in the text's year and naming one of its names,
     * or naming two; for an entry that is only later, both), or null when none or several do. Every candidate
     * shares a name with the text, so only the entries naming the text's names are looked at.
     */
    private static Suggestion replacement(Citations all, Citations.Cite c, Citations.Entry cited, boolean older) {
        int citedNames = all.shared(c, cited).size();
        Citations.Entry best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Citations.Entry f : all.naming(c)) {
            if (f == cited || f.date() == null || Citations.predates(f, c) || all.citedInRun(c, f.ref().number())) continue;
            boolean year = Citations.sameYear(f, c);
            int names = all.shared(c, f).size();
            if (names <= citedNames || !(year && names >= 1 || older && names >= 2)) continue;
            int score = (year ? 2 : 0) + names;
            if (score > bestScore) {
                best = f;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return best == null || tie ? null : new Suggestion(c, cited, best, why(all, c, best));
    }
    /** A misplaced entry dated in the year stated just before the marker, when the marker's entry is not. */
    private static Suggestion misplacedFit(Misplaced misplaced, Citations.Cite c, Citations.Entry cited) {
        Citations.Entry f = misplaced.fitting(c, cited);
        return f == null ? null : new Suggestion(c, cited, f, "dated " + f.date() + ", just after the " + c.nearest()
                + " the text states before the marker, and cited elsewhere only for later events");
    }

    private static String why(Citations all, Citations.Cite c, Citations.Entry f) {
        List<String> reasons = new ArrayList<>();
        if (Citations.sameYear(f, c)) reasons.add("dated " + f.date() + ", in the year the text states");
        Set<String> names = all.shared(c, f);
        if (!names.isEmpty()) reasons.add("names " + String.join(", ", names));
        return String.join("; ", reasons);
    }
}
