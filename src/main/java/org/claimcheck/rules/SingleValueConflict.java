package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Property;
import org.claimcheck.claim.Vocabulary;

/** A single-valued property given two incompatible values for one subject, at times that may overlap. */
@RuleInfo(id = "single-value-conflict", severity = Severity.ERROR,
        summary = "a property that takes one value is given two different values",
        description = """
                Properties marked 'single: true' in the vocabulary (a founding date, a birth place) take one \
                value per subject. Two claims that give different values conflict: two dates for one event, \
                two places of one signing. Only statements in one voice are compared: the text's own, or those it \
                attributes to one source ('according-to'); others are sources disagreeing. Dates of different precision that overlap (1921 and 1921-11) agree; \
                values at times that cannot overlap (a capital before and after a move) do not conflict.""")
public final class SingleValueConflict implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        Map<String, List<Stated>> groups = new LinkedHashMap<>();
        for (Stated s : Stated.all(ws.comparable())) {
            boolean single = v.property(s.assertion().property()).map(Property::single).orElse(false);
            if (single && !s.assertion().negated() && s.assertion().value() != null) {
                // statements in different voices are sources disagreeing (sources-disagree), not a conflict of the text
                groups.computeIfAbsent(s.assertion().subject() + "\u0000" + s.assertion().property() + "\u0000" + s.voice(),
                        k -> new ArrayList<>()).add(s);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Stated> group : groups.values()) {
            if (hasConflict(group)) out.add(report(group, ws));
        }
        return out;
    }

    /**
     * Whether two values of the group conflict. Claims that repeat one value at one time agree with each other, so
     * each distinct value and time is compared once: the pairs grow with the distinct values, not the claims.
     */
    private static boolean hasConflict(List<Stated> group) {
        List<Assertion> distinct = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Stated s : group) if (seen.add(Arrays.asList(s.assertion().value(), s.assertion().time()))) distinct.add(s.assertion());
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                Assertion a = distinct.get(i);
                Assertion b = distinct.get(j);
                if (!a.value().compatibleWith(b.value()) && a.time().mayOverlap(b.time())) return true;
            }
        }
        return false;
    }

    private Finding report(List<Stated> group, Workspace ws) {
        Vocabulary v = ws.vocabulary();
        Map<String, List<Stated>> byValue = new java.util.TreeMap<>();
        for (Stated s : group) byValue.computeIfAbsent(s.assertion().value().display(v), k -> new ArrayList<>()).add(s);
        List<String> parts = new ArrayList<>();
        List<org.claimcheck.claim.Claim> claims = new ArrayList<>();
        byValue.forEach((value, stated) -> {
            List<String> ids = stated.stream().map(s -> s.claim().id()).distinct().toList();
            parts.add(value + " (" + String.join(", ", ids) + ")");
            stated.forEach(s -> claims.add(s.claim()));
        });
        Stated first = group.get(0);
        String property = v.property(first.assertion().property()).map(Property::label).orElseThrow();
        return finding(v.label(first.assertion().subject()) + ": '" + property + "' takes one value, but the claims give "
                + String.join(" and ", parts), ws.evidence(claims.stream().distinct().toList()), null);
    }
}
