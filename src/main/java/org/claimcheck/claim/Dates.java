package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import java.util.Optional;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

final class Dates {
    static final String FORMS = "write YYYY, YYYY-MM or YYYY-MM-DD, or as the text gives it: 1921?, ~1921, 1950s,"
            + " 19th century, 1921/1922";

    private Dates() {
    }

    static Optional<PartialDate> date(YMap m, String key, Problems problems) {
        return m.get(key).flatMap(n -> date(n, key, problems));
    }

    static Optional<PartialDate> date(YNode n, String key, Problems problems) {
        Optional<PartialDate> d = n.isScalar() && !n.isNull() ? PartialDate.parse(n.text()) : Optional.empty();
        if (d.isEmpty()) {
            problems.add(n, "bad date " + n.describe() + " for '" + key + "': " + FORMS);
        }
        return d;
    }
}
