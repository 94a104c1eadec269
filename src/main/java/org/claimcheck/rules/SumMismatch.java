package org.claimcheck.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Value;

/** Parts that do not add up to their stated total: "61% approve (40% strongly, 12% somewhat)". */
@RuleInfo(id = "sum-mismatch", severity = Severity.ERROR,
        summary = "stated parts do not add up to their stated total",
        description = """
                An assertion with a number 'value' and 'parts' says the parts make up the value. They must add \
                up exactly; for percentages, which are rounded one by one, a difference of 1 point is allowed. \
                A breakdown that need not be whole ('of-which': "40 ships, of which 12 steamers and 20 sailing \
                ships") may fall short of its total, but not exceed it.""")
public final class SumMismatch implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Stated s : Stated.all(ws.comparable())) {
            if (s.assertion().parts().isEmpty() || !(s.assertion().value() instanceof Value.Number total)) continue;
            BigDecimal sum = s.assertion().parts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tolerance = "%".equals(total.unit()) ? BigDecimal.ONE : BigDecimal.ZERO;
            boolean exhaustive = s.assertion().exhaustive();
            BigDecimal over = exhaustive ? sum.subtract(total.amount()).abs() : sum.subtract(total.amount());
            if (over.compareTo(tolerance) <= 0) continue;
            String unit = total.unit() == null ? "" : total.unit();
            String parts = String.join(" + ", s.assertion().parts().stream().map(p -> p.toPlainString() + unit).toList());
            out.add(finding("the parts " + parts + " = " + sum.toPlainString() + unit + (exhaustive ? " do not make up the stated " : " exceed the stated ")
                    + total.display(ws.vocabulary()) + " (claim '" + s.claim().id() + "')",
                    ws.evidence(List.of(s.claim())), null));
        }
        return out;
    }
}
