package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Enumeration;
import org.claimcheck.claim.Vocabulary;

/**
 * A stated count against what the text enumerates: "four ports (Riga, Tallinn and Klaipeda)", or "a
 * five-point plan" whose points run to Point Six (numbered items may be recorded in other claims).
 */
@RuleInfo(id = "count-mismatch", severity = Severity.ERROR,
        summary = "a stated count differs from the items or numbered points the text gives",
        description = """
                An assertion with 'count' and 'items' must list as many items as it counts. Numbered items \
                ('numbered', e.g. Article Six of a statement) may be recorded in several claims about the same \
                subject and property: none may exceed a count stated for them.""")
public final class CountMismatch implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        List<Finding> out = new ArrayList<>();
        Map<String, List<Stated>> groups = new LinkedHashMap<>();
        for (Stated s : Stated.all(ws.comparable())) {
            Enumeration e = s.assertion().enumeration();
            if (e == null) continue;
            groups.computeIfAbsent(s.assertion().subject() + "\u0000" + s.assertion().property(), k -> new ArrayList<>())
                    .add(s);
            if (e.count() != null && !e.items().isEmpty() && e.items().size() != e.count()) {
                String items = String.join(", ", e.items().stream().map(i -> i.display(v)).toList());
                out.add(finding(describe(s, v) + ": the text counts " + e.count() + " but lists " + e.items().size()
                        + " (" + items + ")", ws.evidence(List.of(s.claim())), null));
            }
        }
        for (List<Stated> group : groups.values()) {
            for (Stated counted : group) {
                Integer count = counted.assertion().enumeration().count();
                if (count == null) continue;
                List<Stated> beyond = group.stream()
                        .filter(s -> s.assertion().enumeration().numbered().stream().anyMatch(n -> n > count)).toList();
                if (beyond.isEmpty()) continue;
                int highest = beyond.stream().flatMap(s -> s.assertion().enumeration().numbered().stream())
                        .mapToInt(Integer::intValue).max().orElseThrow();
                List<Stated> involved = new ArrayList<>(List.of(counted));
                involved.addAll(beyond);
                out.add(finding(describe(counted, v) + ": the text counts " + count + ", but numbers an item "
                        + highest + " (" + String.join(", ", beyond.stream().map(s -> s.claim().id()).distinct().toList())
                        + ")", ws.evidence(involved.stream().map(Stated::claim).toList()), null));
            }
        }
        return out;
    }

    private static String describe(Stated s, Vocabulary v) {
        String label = v.property(s.assertion().property()).map(p -> p.label()).orElse(s.assertion().property());
        return v.label(s.assertion().subject()) + " " + label;
    }
}
