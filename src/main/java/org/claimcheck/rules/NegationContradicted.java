package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Entity;
import org.claimcheck.claim.Value;
import org.claimcheck.claim.Vocabulary;

/**
 * A denial over a time ("until February 1945 the Soviet Union did not sign a treaty with Mongolia") and an
 * instance inside that time ("in 1921 Soviet Russia signed an agreement with Mongolia"), where subject and value
 * are the same parties or linked by predecessor, successor or "represents" links of the vocabulary.
 */
@RuleInfo(id = "negation-contradicted", severity = Severity.ERROR,
        summary = "a denial over a period is contradicted by an instance inside it",
        description = """
                A negated assertion ('negated: true') with a time ('until', 'from', 'at') says that something \
                never happened in that period. A positive assertion of the same property, by the same party or \
                its predecessor or successor state, at a time wholly inside the period contradicts it. Times \
                that only partly overlap the period are not flagged: the sources may both be right; nor are a denial and \
                an instance the text attributes to different sources ('according-to').""")
public final class NegationContradicted implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        Vocabulary v = ws.vocabulary();
        List<Stated> all = Stated.all(ws.comparable());
        // the instances that can contradict a denial, by property and subject: a denial looks only at its own
        // property, and asks once per subject whether it is the denial's party
        Map<String, Map<String, List<Integer>>> instances = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Assertion a = all.get(i).assertion();
            if (a.negated() || !a.time().isEvent()) continue;
            instances.computeIfAbsent(a.property(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.subject(), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> component = components(v);
        Map<String, Boolean> parties = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Stated denial : all) {
            if (!denial.assertion().negated()) continue;
            Set<Integer> candidates = new TreeSet<>();
            String party = component.getOrDefault(denial.assertion().subject(), denial.assertion().subject());
            instances.getOrDefault(denial.assertion().property(), Map.of()).forEach((subject, is) -> {
                if (party.equals(component.getOrDefault(subject, subject)) && parties.computeIfAbsent(subject + "\u0000" + denial.assertion().subject(),
                        k -> v.sameParty(subject, denial.assertion().subject()).isPresent())) candidates.addAll(is);
            });
            for (int i : candidates) {
                Stated instance = all.get(i);
                if (instance.claim() == denial.claim() || !instance.sameVoice(denial)) continue;
                contradiction(denial.assertion(), instance.assertion(), v).ifPresent(why -> {
                    List<Location> where = ws.evidence(List.of(denial.claim(), instance.claim()));
                    out.add(finding("\"" + denial.describe(v) + "\" (" + denial.claim().id() + ") is contradicted by \""
                            + instance.describe(v) + "\" (" + instance.claim().id() + ")" + why, where, null));
                });
            }
        }
        return out;
    }

    /**
     * Each entity's group of linked entities (predecessor, successor, represents, either way), named by one of
     * them: sameParty follows links both ways, so only entities of one group can be one party, and a denial asks
     * about those alone rather than about every subject (each question walks the vocabulary).
     */
    private static Map<String, String> components(Vocabulary v) {
        Map<String, String> parent = new HashMap<>();
        for (Entity e : v.entities().values()) {
            for (String p : e.predecessors()) union(parent, e.id(), p);
            for (String p : e.successors()) union(parent, e.id(), p);
            if (e.represents() != null) union(parent, e.id(), e.represents());
        }
        Map<String, String> out = new HashMap<>();
        for (String id : parent.keySet()) out.put(id, root(parent, id));
        return out;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.getOrDefault(r, r).equals(r)) r = parent.get(r);
        parent.putIfAbsent(id, id);
        for (String c = id; !c.equals(r); ) {
            String next = parent.get(c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }

    /** Why {@code instance} contradicts {@code denial} (the links that join their parties), or empty. */
    private static Optional<String> contradiction(Assertion denial, Assertion instance, Vocabulary v) {
        if (!denial.property().equals(instance.property()) || !instance.time().isEvent()) return Optional.empty();
        if (!denial.time().surelyContains(instance.time())) return Optional.empty();
        Optional<String> subject = v.sameParty(instance.subject(), denial.subject());
        if (subject.isEmpty()) return Optional.empty();
        Optional<String> value = sameValue(denial.value(), instance.value(), v);
        if (value.isEmpty()) return Optional.empty();
        List<String> links = new ArrayList<>();
        if (!subject.get().isEmpty()) links.add(subject.get());
        if (!value.get().isEmpty()) links.add(value.get());
        return Optional.of(links.isEmpty() ? "" : ": " + String.join("; ", links));
    }

    private static Optional<String> sameValue(Value denied, Value stated, Vocabulary v) {
        if (denied == null) return Optional.of("");
        if (denied instanceof Value.Entity d && stated instanceof Value.Entity s) return v.sameParty(s.id(), d.id());
        return denied.compatibleWith(stated) ? Optional.of("") : Optional.empty();
    }
}
