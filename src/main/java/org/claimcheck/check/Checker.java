package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs rules over a workspace. A rule that throws is a bug of claimcheck's, not a finding about the input: it is
 * kept apart as a failure (the caller exits 3 and says which rule), and the other rules still run.
 */
public final class Checker {
    /** A rule that threw, with what it threw. */
    public record Failure(String rule, RuntimeException error) {
        /** One line for the user: the rule, the exception and where it was thrown, never a stack trace. */
        public String describe() {
            StackTraceElement[] at = error.getStackTrace();
            return "rule " + rule + " failed: " + error + (at.length == 0 ? "" : " at " + at[0]) + " (please report this)";
        }
    }

    /** The findings of the rules that ran to the end, in report order, and the rules that threw. */
    public record Run(List<Finding> findings, List<Failure> failures) {
    }

    private Checker() {
    }

    public static Run runAll(Workspace workspace, List<Rule> rules) {
        List<Finding> out = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                out.addAll(rule.check(workspace));
            } catch (RuntimeException e) {
                failures.add(new Failure(rule.id(), e));
            }
        }
        out.sort(Finding.ORDER);
        return new Run(List.copyOf(out), List.copyOf(failures));
    }

    /** The findings; a rule that throws is rethrown, for callers (tests) that must not go on past a bug. */
    public static List<Finding> run(Workspace workspace, List<Rule> rules) {
        Run run = runAll(workspace, rules);
        if (!run.failures().isEmpty()) throw run.failures().get(0).error();
        return run.findings();
    }
}
