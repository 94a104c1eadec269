package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Result;
import org.claimcheck.report.WorkspaceView;
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

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Reports to write, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
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
        if (out != null && out.toString().isBlank()) {
            stderr.println("claimcheck: --out: give a folder to write the reports into");
            return 2;
        }
        Workspace ws = input.load(stderr);
        if (ws == null) return 2;
        return check(ws, Rules.ALL, stdout, stderr, threshold, chosen);
    }

    /** Runs the rules and writes the reports; a rule that threw makes it exit 3, after the others' reports. */
    int check(Workspace ws, List<Rule> rules, PrintWriter stdout, PrintWriter stderr, Severity threshold,
            Set<ReportFormat> chosen) throws IOException {
        Checker.Run run = Checker.runAll(ws, rules);
        List<Finding> findings = run.findings();
        Result result = result(ws, findings);
        Path root = input.root;
        Path outDir = out != null ? out : root.resolve("reports");
        try {
            Files.createDirectories(outDir);
            writeAll(chosen, result, outDir);
        } catch (IOException e) {
            String why = Files.exists(outDir) && !Files.isDirectory(outDir) ? "it is a file, not a folder"
                    : "cannot write there (" + e.getClass().getSimpleName() + ")";
            stderr.println(ConsoleLine.of("claimcheck: --out " + Paths.display(root, outDir) + ": " + why
                    + "; name a folder the reports can be written to"));
            return 2;
        }
        for (Finding f : findings) {
            Location l = f.primary();
            stdout.println(ConsoleLine.of(l + ": " + f.severity().id() + ": " + f.rule() + ": " + f.message()));
        }
        stdout.println("claimcheck: " + result.scope() + ": " + result.tally());
        for (ReportFormat f : chosen) stdout.println(ConsoleLine.of("  wrote " + Paths.display(root, outDir.resolve(f.fileName()))));
        for (Checker.Failure f : run.failures()) stderr.println(ConsoleLine.of("claimcheck: " + f.describe()));
        if (!run.failures().isEmpty()) return 3;
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
        return new Result(ws.documents().size(), ws.claims().size(), quotes, anchored, findings, WorkspaceView.of(ws));
    }

    /**
     * Writes every report to a temporary file beside its target first, then renames them one after the other:
     * a reader never sees half a report, and a run killed while writing leaves the previous run's reports
     * whole. Temporary files left by a killed run are removed first. Files are created as any other (the
     * umask decides their permissions).
     */
    private static void writeAll(Set<ReportFormat> chosen, Result result, Path outDir) throws IOException {
        try (var old = Files.newDirectoryStream(outDir, ".claimcheck*.tmp")) {
            for (Path p : old) Files.deleteIfExists(p);
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (ReportFormat f : chosen) {
                Path tmp = outDir.resolve("." + f.fileName() + "." + UUID.randomUUID() + ".tmp");
                staged.put(tmp, outDir.resolve(f.fileName()));
                // a lenient writer: a lone surrogate from input becomes '?' instead of failing the write
                try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(tmp,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                    f.report().write(result, w);
                }
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path tmp : staged.keySet()) Files.deleteIfExists(tmp);
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

    /** The format names for --format's help and completion, read from the one registry. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return formatNames().iterator();
        }
    }
}
