package org.claimcheck.check;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over a workspace. A rule that throws becomes an internal-error finding; the others still run. */
public final class Checker {
    private Checker() {
    }

    public static List<Finding> run(Workspace workspace, List<Rule> rules) {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                out.addAll(rule.check(workspace));
            } catch (RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                String where = trace.toString().lines().skip(1).findFirst().orElse("").strip();
                out.add(new Finding("internal-error", Severity.ERROR,
                        "rule " + rule.id() + " failed: " + e + " " + where + " (please report this)",
                        List.of(new Location("claimcheck", 1, 1, 0, rule.id(), null)), null));
            }
        }
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }
}
