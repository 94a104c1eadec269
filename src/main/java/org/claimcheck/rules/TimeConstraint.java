package org.claimcheck.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Property;
import org.claimcheck.claim.Value;
import org.claimcheck.claim.Vocabulary;

/**
 * A time a property's constraint rules out: "joined in 1960 as a founding member" of a league founded in 1920.
 * In the spirit of Wikidata's property constraints, a property marked 'time-is: value-start' happens when its
 * value began.
 */
@RuleInfo(id = "time-constraint", severity = Severity.WARNING,
        summary = "an assertion's time breaks its property's time constraint",
        description = """
                A property marked 'time-is: value-start' in the vocabulary (founding member of) holds from the \
                start of its value: a founding member joins when the body is founded. Its assertion's time must \
                meet that start, which the vocabulary ('from') or the claims (a property marked 'existence: \
                starts') give; a time wholly before or after it is flagged with both quotes. Times that may meet \
                it (1920 and a founding in the 1920s) are not.""")
public final class TimeConstraint implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        Existence existence = Existence.of(ws.claims(), v);
        List<Finding> out = new ArrayList<>();
        for (Stated s : Stated.all(ws.claims())) {
            boolean valueStart = v.property(s.assertion().property()).map(Property::timeIsValueStart).orElse(false);
            if (!valueStart || s.assertion().negated() || !(s.assertion().value() instanceof Value.Entity value)) continue;
            Existence.Bound start = existence.starts().get(value.id());
            LocalDate first = s.assertion().time().earliest();
            LocalDate last = s.assertion().time().latest();
            if (start == null || !s.assertion().time().given()) continue;
            boolean misses = (last != null && last.isBefore(start.date().first()))
                    || (first != null && first.isAfter(start.date().last()));
            if (!misses) continue;
            List<Claim> claims = new ArrayList<>(List.of(s.claim()));
            if (start.claim() != null && start.claim() != s.claim()) claims.add(start.claim());
            String label = v.property(s.assertion().property()).map(Property::label).orElseThrow();
            String source = start.claim() == null ? "" : " (claim '" + start.claim().id() + "')";
            out.add(finding("\"" + s.describe(v) + "\" (" + s.claim().id() + "): '" + label + "' holds from the start of "
                    + v.label(value.id()) + ", which began in " + start.date() + source, ws.evidence(claims), null));
        }
        return out;
    }
}
