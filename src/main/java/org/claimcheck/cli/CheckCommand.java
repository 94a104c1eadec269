package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Result;
import org.claimcheck.rules.Rules;
import org.claimcheck.source.Paths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimcheck check}: load, run every rule, write the reports, exit by the worst finding. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks every claim against its source documents, runs every rule, writes the reports and"
                + " prints each finding with its file, line and column.")
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions input;

    @Option(names = "--out", paramLabel = "DIR", description = "Where reports are written (default: ROOT/reports).")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Reports to write, comma-separated: md, json (default: all).")
    List<String> formats;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Severity threshold = threshold();
        Set<ReportFormat> chosen = chosenFormats();
        Workspace ws = input.load(stderr);
        if (ws == null) return 2;
        List<Finding> findings = Checker.run(ws, Rules.ALL);
        Result result = result(ws, findings);
        Path root = input.root;
        Path outDir = out != null ? out : root.resolve("reports");
        Files.createDirectories(outDir);
        for (ReportFormat f : chosen) write(f, result, outDir.resolve(f.fileName()));
        for (Finding f : findings) {
            Location l = f.primary();
            stdout.println(l + ": " + f.severity().id() + ": " + f.rule() + ": " + f.message());
        }
        stdout.println("claimcheck: " + result.scope() + ": " + result.tally());
        for (ReportFormat f : chosen) stdout.println("  wrote " + Paths.display(root, outDir.resolve(f.fileName())));
        boolean failed = threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
        return failed ? 1 : 0;
    }

    static Result result(Workspace ws, List<Finding> findings) {
        int quotes = 0;
        int anchored = 0;
        for (Claim c : ws.claims()) {
            quotes += c.quotes().size();
            anchored += (int) c.quotes().stream().filter(q -> ws.anchor(q).found()).count();
        }
        return new Result(ws.documents().size(), ws.claims().size(), quotes, anchored, findings);
    }

    /** Writes to a temporary file beside the target, then renames it: a reader never sees half a report. */
    private static void write(ReportFormat format, Result result, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                format.report().write(result, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Severity threshold() {
        String level = failOn.toLowerCase(Locale.ROOT);
        if (level.equals("never")) return null;
        for (Severity s : Severity.values()) if (s.id().equals(level)) return s;
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--fail-on: unknown level '" + failOn + "': use error, warning, info or never");
    }

    private Set<ReportFormat> chosenFormats() {
        if (formats == null || formats.isEmpty()) return EnumSet.allOf(ReportFormat.class);
        Set<ReportFormat> set = EnumSet.noneOf(ReportFormat.class);
        for (String f : formats) {
            try {
                set.add(ReportFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format: unknown format '" + f + "': use " + String.join(", ", formatNames()));
            }
        }
        return set;
    }

    private static List<String> formatNames() {
        return EnumSet.allOf(ReportFormat.class).stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }
}
