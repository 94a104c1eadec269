package org.claimcheck.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Entity;
import org.claimcheck.claim.Property;
import org.claimcheck.claim.Value;
import org.claimcheck.claim.Vocabulary;
import org.claimcheck.time.PartialDate;

/**
 * When each entity existed: its vocabulary entry's 'from' and 'until', else what the claims say of it through
 * properties marked 'existence: starts' or 'ends' ("the Gazette, founded in 1880"). Read in one pass.
 */
record Existence(Map<String, Bound> starts, Map<String, Bound> ends) {

    /** One end of an existence: the date and the claim that gives it (null when the vocabulary does). */
    record Bound(PartialDate date, Claim claim) {
    }

    static Existence of(List<Claim> claims, Vocabulary v) {
        Map<String, Bound> starts = new HashMap<>();
        Map<String, Bound> ends = new HashMap<>();
        for (Entity e : v.entities().values()) {
            if (e.from() != null) starts.put(e.id(), new Bound(e.from(), null));
            if (e.until() != null) ends.put(e.id(), new Bound(e.until(), null));
        }
        for (Stated s : Stated.all(claims)) {
            Assertion a = s.assertion();
            String kind = v.property(a.property()).map(Property::existence).orElse(null);
            PartialDate date = a.value() instanceof Value.Date d ? d.date() : a.time().at();
            if (kind == null || a.negated() || date == null) continue;
            Map<String, Bound> side = kind.equals("starts") ? starts : ends;
            Bound known = side.get(a.subject());
            // the vocabulary's reference work stands; of claims that differ, the one that flags least
            boolean wider = known != null && known.claim() != null && (kind.equals("starts")
                    ? date.first().isBefore(known.date().first()) : date.last().isAfter(known.date().last()));
            if (known == null || wider) side.put(a.subject(), new Bound(date, s.claim()));
        }
        return new Existence(starts, ends);
    }
}
