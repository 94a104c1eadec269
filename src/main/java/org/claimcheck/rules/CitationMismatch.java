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
 * A marker whose entry does not fit its text while another entry does, with that entry as the repair. Two
 * cases are judged, both conservatively: an entry that predates the text's event, replaced by the one entry
 * dated in the text's year or naming what it names; and an entry that fits, replaced by a misplaced entry (one
 * cited only for later events) dated in the year stated just before the marker while the cited entry is not.
 */
@RuleInfo(id = "citation-mismatch", severity = Severity.WARNING,
        summary = "a marker's entry does not fit its text and another entry does",
        description = """
                Reads each marker's text (back to the previous marker, at most three sentences) against the \
                reference list, by dates and shared names. A marker is flagged when its entry predates the \
                text's event and exactly one other entry fits (dated in the text's year, or naming two of its \
                names), or when its entry is not dated in the year stated just before the marker and a \
                misplaced entry (cited only for events after it was published) is, and fits no other text. The fix names the entry to cite; where a list was \
                renumbered, the fixes together are the repair plan.""")
public final class CitationMismatch implements Rule {
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
        Set<Integer> misplaced = misplaced(all);
        for (Citations.Cite c : all.cites()) {
            Citations.Entry e = all.entries().get(c.number());
            if (e == null || Shifts.shifted(ws, doc, c.marker())) continue;
            Suggestion s = EntryFit.predates(e, c) ? replacement(all, c, e) : misplacedFit(all, c, e, misplaced);
            if (s != null) plan.put(c, s);
        }
        List<Finding> out = new ArrayList<>();
        for (Suggestion s : plan.values()) {
            String fix = "cite [" + s.better().ref().number() + "] here";
            for (Suggestion other : plan.values()) {
                if (other.better() == s.cited()) fix += "; " + s.cited().ref().label() + " belongs at ["
                        + other.cite().number() + "]";
            }
            out.add(finding(s.cite().marker().label() + " cites " + s.cited().describe() + " for "
                    + Citations.quote(s.cite()) + "; " + s.better().describe() + " fits: " + s.why(),
                    Citations.evidence(ws, doc, s.cite(), s.cited(), s.better()), fix));
        }
        return out;
    }

    /** Entries cited, but only by markers whose text reports events after the entry was published. */
    private static Set<Integer> misplaced(Citations all) {
        Map<Integer, Boolean> onlyLater = new LinkedHashMap<>();
        for (Citations.Cite c : all.cites()) {
            Citations.Entry e = all.entries().get(c.number());
            if (e != null) onlyLater.merge(c.number(), EntryFit.predates(e, c), Boolean::logicalAnd);
        }
        return Set.copyOf(onlyLater.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
    }

    /** The one entry that fits a marker whose entry predates its text, or null when none or several do. */
    private static Suggestion replacement(Citations all, Citations.Cite c, Citations.Entry cited) {
        Citations.Entry best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Citations.Entry f : all.entries().values()) {
            if (f == cited || f.date() == null || EntryFit.predates(f, c) || all.citedInRun(c, f.ref().number())) continue;
            boolean year = EntryFit.sameYear(f, c);
            int names = all.shared(c, f).size();
            if (!(year && names >= 1 || names >= 2)) continue;
            int score = (year ? 2 : 0) + names;
            tie = score == bestScore && best != null;
            if (score > bestScore) {
                best = f;
                bestScore = score;
                tie = false;
            }
        }
        return best == null || tie ? null : new Suggestion(c, cited, best, why(all, c, best));
    }

    /** A misplaced entry dated in a year the text states, when it is the only one and fits no other text. */
    private static Suggestion misplacedFit(Citations all, Citations.Cite c, Citations.Entry cited, Set<Integer> misplaced) {
        if (EntryFit.nearestYear(cited, c) || EntryFit.sameYear(cited, c)) return null;
        List<Citations.Entry> fits = misplaced.stream().map(all.entries()::get)
                .filter(f -> f != cited && EntryFit.nearestYear(f, c) && !all.citedInRun(c, f.ref().number())).toList();
        if (fits.size() != 1) return null;
        Citations.Entry f = fits.get(0);
        long texts = all.cites().stream().filter(x -> EntryFit.nearestYear(f, x)).map(Citations.Cite::spanStart).distinct().count();
        return texts == 1 ? new Suggestion(c, cited, f, "dated " + f.date() + ", just after the " + c.nearest()
                + " the text states before the marker, and cited elsewhere only for later events")
                : null;
    }

    private static String why(Citations all, Citations.Cite c, Citations.Entry f) {
        List<String> reasons = new ArrayList<>();
        if (EntryFit.sameYear(f, c)) reasons.add("dated " + f.date() + ", in the year the text states");
        Set<String> names = all.shared(c, f);
        if (!names.isEmpty()) reasons.add("names " + String.join(", ", names));
        return String.join("; ", reasons);
    }
}
