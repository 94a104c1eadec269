package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Entity;
import org.claimcheck.claim.TimeSpan;
import org.claimcheck.claim.Value;
import org.claimcheck.claim.Vocabulary;

/** An entity named for a time wholly outside its existence: a 1921 act credited to a state founded in 1922. */
@RuleInfo(id = "anachronism", severity = Severity.WARNING,
        summary = "an entity is named for a time when it did not exist",
        description = """
                The vocabulary gives states, governments and organisations their existence ('from', 'until', \
                both inclusive, with the reference work in 'basis'). An assertion whose time lies wholly before \
                or after that span credits the entity with something it could not have done: the text means a \
                predecessor or successor, or the date is wrong. Times that partly overlap the span are not \
                flagged. The existence may also come from the claims: a property marked 'existence: starts' \
                (established, founded) or 'ends' (dissolved) gives it, by its date value or its time, when the \
                vocabulary does not; the finding then quotes that claim too ("the Gazette, founded in 1880" and \
                an issue it published in 1871).""")
public final class Anachronism implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        Existence existence = Existence.of(ws.claims(), v);
        List<Finding> out = new ArrayList<>();
        for (Stated s : Stated.all(ws.comparable())) {
            TimeSpan time = s.assertion().time();
            if (!time.given()) continue;
            for (String id : entitiesOf(s.assertion())) {
                Existence.Bound start = existence.starts().get(id);
                Existence.Bound end = existence.ends().get(id);
                if (!outside(time, start, end)) continue;
                List<Claim> claims = new ArrayList<>(List.of(s.claim()));
                for (Existence.Bound b : new Existence.Bound[] {start, end}) {
                    if (b != null && b.claim() != null && !claims.contains(b.claim())) claims.add(b.claim());
                }
                out.add(finding("claim '" + s.claim().id() + "' names " + v.label(id) + " " + time
                        + ", but it existed " + lifespan(v.entities().get(id), start, end), ws.evidence(claims), null));
            }
        }
        return out;
    }

    /** "1867 to 1918-10-31 (basis)" from the vocabulary, or with the claims that give an end: "from 1910 (claim 'x')". */
    private static String lifespan(Entity e, Existence.Bound start, Existence.Bound end) {
        if ((start == null || start.claim() == null) && (end == null || end.claim() == null)) {
            return e.lifespan() + (e.basis() == null ? "" : " (" + e.basis() + ")");
        }
        String from = start == null ? "" : start.date() + source(start);
        String until = end == null ? "" : end.date() + source(end);
        return start != null && end != null ? from + " to " + until : start != null ? "from " + from : "until " + until;
    }

    private static String source(Existence.Bound b) {
        return b.claim() == null ? "" : " (claim '" + b.claim().id() + "')";
    }

    private static Set<String> entitiesOf(Assertion a) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(a.subject());
        if (a.value() instanceof Value.Entity e) ids.add(e.id());
        if (a.enumeration() != null) {
            for (Value item : a.enumeration().items()) if (item instanceof Value.Entity e) ids.add(e.id());
        }
        return ids;
    }

    /** True when the whole of the assertion's time is before the entity began or after it ended. */
    private static boolean outside(TimeSpan time, Existence.Bound start, Existence.Bound end) {
        java.time.LocalDate first = time.earliest();
        java.time.LocalDate last = time.latest();
        boolean before = start != null && last != null && last.isBefore(start.date().first());
        boolean after = end != null && first != null && first.isAfter(end.date().last());
        return before || after;
    }
}
