package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
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
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Stated a = all.get(i);
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

    private static boolean excludes(Assertion a, Assertion b, Vocabulary v) {
        return v.property(a.property()).map(Property::exclusive).orElse(List.of()).contains(b.property())
                || v.property(b.property()).map(Property::exclusive).orElse(List.of()).contains(a.property());
    }

    private static boolean sameFact(Assertion a, Assertion b) {
        return a.subject().equals(b.subject()) && a.value().compatibleWith(b.value()) && a.time().mayOverlap(b.time());
    }
}
