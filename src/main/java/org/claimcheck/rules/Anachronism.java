package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Assertion;
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
                flagged.""")
public final class Anachronism implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        List<Finding> out = new ArrayList<>();
        for (Stated s : Stated.all(ws.comparable())) {
            TimeSpan time = s.assertion().time();
            if (!time.isPoint() && time.from() == null && time.until() == null) continue;
            for (String id : entitiesOf(s.assertion())) {
                Entity e = v.entities().get(id);
                if (e == null || (e.from() == null && e.until() == null) || !outside(time, e)) continue;
                List<Location> where = new ArrayList<>(ws.evidence(s.claim()));
                where.add(ws.locate(s.claim()));
                String basis = e.basis() == null ? "" : " (" + e.basis() + ")";
                out.add(finding("claim '" + s.claim().id() + "' names " + e.name() + " " + time
                        + ", but it existed " + e.lifespan() + basis, where, null));
            }
        }
        return out;
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
    private static boolean outside(TimeSpan time, Entity e) {
        java.time.LocalDate start = time.isPoint() ? time.at().first() : time.from() == null ? null : time.from().first();
        java.time.LocalDate end = time.isPoint() ? time.at().last()
                : time.until() == null ? null : time.until().first().minusDays(1);
        boolean before = e.from() != null && end != null && end.isBefore(e.from().first());
        boolean after = e.until() != null && start != null && start.isAfter(e.until().last());
        return before || after;
    }
}
