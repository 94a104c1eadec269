package org.claimcheck.rules;

import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Vocabulary;

/** An assertion together with the claim that makes it: what consistency rules compare. */
record Stated(Claim claim, Assertion assertion) {

    /** The assertion in words: "Soviet Russia signed a treaty with Mongolia in 1921". */
    String describe(Vocabulary v) {
        Assertion a = assertion;
        String label = v.property(a.property()).map(p -> p.label()).orElse(a.property());
        String value = a.value() == null ? "" : " " + a.value().display(v);
        String time = a.time().given() ? " " + a.time() : "";
        return (a.negated() ? "not: " : "") + v.label(a.subject()) + " " + label + value + time;
    }

    /**
     * Whose statement this is: the assertion's 'according-to', else the one its claim's quotes all name, else ""
     * (the text's own voice). Two statements in different voices that disagree are sources disagreeing, which the
     * text reports, not the text contradicting itself.
     */
    String voice() {
        if (assertion.accordingTo() != null) return assertion.accordingTo();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (var q : claim.quotes()) named.add(q.accordingTo() == null ? "" : q.accordingTo());
        return named.size() == 1 ? named.iterator().next() : "";
    }

    boolean sameVoice(Stated other) {
        return voice().equals(other.voice());
    }

    static java.util.List<Stated> all(java.util.List<Claim> claims) {
        return claims.stream().flatMap(c -> c.assertions().stream().map(a -> new Stated(c, a))).toList();
    }
}
