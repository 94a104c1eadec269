package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.check.Location;
import org.claimcheck.check.Workspace;
import org.claimcheck.coverage.Coverage;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimcheck coverage}: the sentences with a date, number or marker that no claim quotes yet. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Lists, for each source, the sentences of its article text that carry a date, a number or a"
                + " citation marker and that no claim quotes (and no 'waived' entry excuses).",
                "Exits 0 when every such sentence is covered, 1 when some are not, 2 on bad input."})
public final class CoverageCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = input.load(spec.commandLine().getErr());
        if (ws == null) return 2;
        List<Coverage.SourceCoverage> all = Coverage.of(ws);
        int missing = 0;
        for (Coverage.SourceCoverage c : all) {
            for (Location l : c.uncovered()) out.println(ConsoleLine.of(l + ": no claim: " + l.text()));
            missing += c.uncovered().size();
        }
        for (Coverage.SourceCoverage c : all) {
            out.println(ConsoleLine.of(c.document().id()) + ": " + c.covered() + " of " + c.sentences()
                    + " sentences with a date, number or marker are claimed, " + c.waived() + " waived, "
                    + c.uncovered().size() + " uncovered");
        }
        return missing == 0 ? 0 : 1;
    }
}
