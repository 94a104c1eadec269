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

    static java.util.List<Stated> all(java.util.List<Claim> claims) {
        return claims.stream().flatMap(c -> c.assertions().stream().map(a -> new Stated(c, a))).toList();
    }
}
