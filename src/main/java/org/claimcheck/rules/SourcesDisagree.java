package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Property;
import org.claimcheck.claim.Vocabulary;

/**
 * Statements the text attributes to different sources ("born in 1802 according to the parish register", "in
 * 1803 by his own account") that give a single-valued property different values: a disagreement the text
 * reports, listed for the reader, never an internal contradiction of the text.
 */
@RuleInfo(id = "sources-disagree", severity = Severity.INFO,
        summary = "statements attributed to different sources give a property different values",
        description = """
                A quote or assertion may say whose statement it reports ('according-to': a person, a work or a \
                source). When statements in different voices (the text's own counts as one) give a property \
                marked 'single: true' values that cannot both hold at times that may overlap, the sources \
                disagree. The text may say so on purpose; the finding lists who says what, so that a reader \
                sees the disagreement and single-value-conflict stays for contradictions within one voice.""")
public final class SourcesDisagree implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        Map<String, List<Stated>> groups = new LinkedHashMap<>();
        for (Stated s : Stated.all(ws.claims())) {
            boolean single = v.property(s.assertion().property()).map(Property::single).orElse(false);
            if (single && !s.assertion().negated() && s.assertion().value() != null) {
                groups.computeIfAbsent(s.assertion().subject() + "\u0000" + s.assertion().property(),
                        k -> new ArrayList<>()).add(s);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Stated> group : groups.values()) {
            if (disagree(group)) out.add(report(group, ws));
        }
        return out;
    }

    /** Two statements in different voices that cannot both hold; a group is one subject's one property. */
    private static boolean disagree(List<Stated> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Stated a = group.get(i);
                Stated b = group.get(j);
                if (!a.sameVoice(b) && !a.assertion().value().compatibleWith(b.assertion().value())
                        && a.assertion().time().mayOverlap(b.assertion().time())) return true;
            }
        }
        return false;
    }

    private Finding report(List<Stated> group, Workspace ws) {
        Vocabulary v = ws.vocabulary();
        Map<String, List<Stated>> byValue = new TreeMap<>();
        for (Stated s : group) byValue.computeIfAbsent(s.assertion().value().display(v), k -> new ArrayList<>()).add(s);
        List<String> parts = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        byValue.forEach((value, stated) -> {
            List<String> who = stated.stream().map(s -> (s.voice().isEmpty() ? "the text" : "according to "
                    + v.label(s.voice())) + ": " + s.claim().id()).distinct().toList();
            parts.add(value + " (" + String.join("; ", who) + ")");
            stated.forEach(s -> claims.add(s.claim()));
        });
        Stated first = group.get(0);
        String property = v.property(first.assertion().property()).map(Property::label).orElseThrow();
        return finding(v.label(first.assertion().subject()) + ": the sources disagree on '" + property + "': "
                + String.join(" and ", parts), ws.evidence(claims.stream().distinct().toList()), null);
    }
}
