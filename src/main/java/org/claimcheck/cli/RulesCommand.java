package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimcheck.check.Rule;
import org.claimcheck.rules.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimcheck rules [ID]}: the rule list, or one rule's documentation. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the rules with their severity, or explains one rule.")
public final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule id, e.g. single-value-conflict.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            for (Rule r : Rules.ALL) out.printf("%-24s %-8s %s%n", r.id(), r.severity().id(), r.summary());
            return 0;
        }
        Rule rule = Rules.byId(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown rule '" + id + "'" + Suggestion.closest(id, Rules.ALL.stream().map(Rule::id).toList())
                        .map(s -> ": did you mean " + s + "?").orElse("") + " ('claimcheck rules' lists them)"));
        out.println(rule.id() + " (" + rule.severity().id() + "): " + rule.summary());
        out.println();
        out.println(rule.description());
        return 0;
    }
}
