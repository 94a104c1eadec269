package org.claimcheck.bench;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.rules.Rules;

/**
 * Times loading a workspace and then each rule on it, in the order of {@code Rules.ALL} (bench/run prints it for
 * the generated workspaces). A benchmark, not a test: the figures depend on the machine. Indexes a rule builds
 * for the workspace (anchors, a document's citations) are counted in the first rule that needs them.
 *
 * <p>Usage: {@code RuleTimes ROOT [RULE…]} (the workspace with {@code seeds/sources.yaml} and {@code claims/};
 * the rules named, else all).
 */
public final class RuleTimes {
    private RuleTimes() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        long t0 = System.nanoTime();
        Workspace ws = WorkspaceLoader.load(root, root.resolve("seeds/sources.yaml"), root.resolve("claims"));
        System.out.printf("%-24s %9.0f ms  (%d documents, %d claims)%n", "load", ms(t0), ws.documents().size(),
                ws.claims().size());
        long all = System.nanoTime();
        List<String> only = List.of(args).subList(1, args.length);
        for (Rule rule : Rules.ALL) {
            if (!only.isEmpty() && !only.contains(rule.id())) continue;
            long t = System.nanoTime();
            List<?> findings = rule.check(ws);
            System.out.printf("%-24s %9.0f ms  %d findings%n", rule.id(), ms(t), findings.size());
        }
        System.out.printf("%-24s %9.0f ms%n", "all rules", ms(all));
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
