package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Property;
import org.claimcheck.claim.Vocabulary;

/**
 * Two claims whose properties exclude each other for the same subject and value: a country called "a full
 * member" of an organisation and, elsewhere, "an observer" of it.
 */
@RuleInfo(id = "conflicting-statements", severity = Severity.ERROR,
        summary = "two claims use properties that exclude each other for the same subject and value",
        description = """
                A property may list in 'exclusive' the properties that cannot hold together with it for the \
                same subject and value at the same time (full member of / partner of; head of state / head of \
                government of the same country, where the law forbids it). Two such claims whose times may \
                overlap cannot both be right, unless the text attributes them to different sources ('according-to').""")
public final class ConflictingStatements implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        List<Stated> all = Stated.all(ws.comparable()).stream()
                .filter(s -> !s.assertion().negated() && s.assertion().value() != null).toList();
        // compared only within one subject, property and value key: never all pairs
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < all.size(); i++) byKey.computeIfAbsent(key(all.get(i).assertion(), all.get(i).assertion().property()),
                k -> new ArrayList<>()).add(i);
        Map<String, Set<String>> partners = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Stated a = all.get(i);
            Set<Integer> later = new TreeSet<>();
            for (String other : partners.computeIfAbsent(a.assertion().property(), p -> excluded(p, v))) {
                for (int j : byKey.getOrDefault(key(a.assertion(), other), List.of())) if (j > i) later.add(j);
            }
            for (int j : later) {
                Stated b = all.get(j);
                if (excludes(a.assertion(), b.assertion(), v) && sameFact(a.assertion(), b.assertion()) && a.sameVoice(b)) {
                    out.add(finding("\"" + a.describe(v) + "\" (" + a.claim().id() + ") and \"" + b.describe(v) + "\" ("
                            + b.claim().id() + ") cannot both hold: '" + a.assertion().property() + "' excludes '"
                            + b.assertion().property() + "'", ws.evidence(List.of(a.claim(), b.claim())), null));
                }
            }
        }
        return out;
    }

    private static String key(Assertion a, String property) {
        return a.subject() + "\u0000" + property + "\u0000" + ValueKeys.of(a.value());
    }

    /** The properties that exclude this one, or that it excludes. */
    private static Set<String> excluded(String property, Vocabulary v) {
        Set<String> out = new LinkedHashSet<>(v.property(property).map(Property::exclusive).orElse(List.of()));
        v.properties().forEach((id, p) -> {
            if (p.exclusive().contains(property)) out.add(id);
        });
        return out;
    }

    private static boolean excludes(Assertion a, Assertion b, Vocabulary v) {
        return v.property(a.property()).map(Property::exclusive).orElse(List.of()).contains(b.property())
                || v.property(b.property()).map(Property::exclusive).orElse(List.of()).contains(a.property());
    }

    private static boolean sameFact(Assertion a, Assertion b) {
        return a.subject().equals(b.subject()) && a.value().compatibleWith(b.value()) && a.time().mayOverlap(b.time());
    }
}
