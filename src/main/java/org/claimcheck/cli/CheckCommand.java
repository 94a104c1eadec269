package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.report.Baseline;
import org.claimcheck.report.DisputeView;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Result;
import org.claimcheck.rules.Rules;
import org.claimcheck.source.Paths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimcheck check}: load, run every rule, write the reports, exit by the worst finding. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs every rule, writes the reports and prints each finding with its file, line and column.",
                "With PATHs: checks those documents as they are, with no set-up: citation markers against the"
                        + " reference lists, and the claims of ROOT/claims that quote only them. Ids come from the"
                        + " file names and titles from the documents, except where ROOT's source list lists a"
                        + " document; reports go to ./reports unless --out says.",
                "Without: checks the workspace in ROOT: the documents of its source list (seeds/sources.yaml) and"
                        + " its claims (claims/), when it has any; reports go to ROOT/reports."})
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions input;

    @CommandLine.Mixin
    GateOptions gate = new GateOptions();

    /** A line on the terminal while loading and checking; off in tests, pipes and CI. */
    Progress progress = Progress.forTerminal();

    @CommandLine.Parameters(arity = "0..*", paramLabel = "PATH", description = "A document (.txt, .md, .html, .htm,"
            + " .pdf) or a folder of them (its own files, in name order, not its subfolders'), read as named and"
            + " shown as typed.")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where reports are written (default: ./reports with PATHs, else ROOT/reports).")
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
        if (gate.annotations != null && !gate.annotations.equals("github")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--annotations: unknown style '" + gate.annotations + "': use github");
        }
        progress.step("claimcheck: reading the sources and claims…");
        Workspace ws = named() ? input.loadNamed(paths, reportFiles(chosen), stderr) : input.load(stderr);
        progress.done();
        if (ws == null) return 2;
        return check(ws, Rules.ALL, stdout, stderr, threshold, chosen);
    }

    /** Runs the rules and writes the reports; a rule that threw makes it exit 3, after the others' reports. */
    int check(Workspace ws, List<Rule> rules, PrintWriter stdout, PrintWriter stderr, Severity threshold,
            Set<ReportFormat> chosen) throws IOException {
        Path root = base();
        Baseline baseline = gate.readBaseline(root, stderr);
        if (baseline == null) return 2;
        progress.step("claimcheck: " + rules.size() + " rules on " + ws.documents().size() + " sources and "
                + ws.claims().size() + " claims…");
        Checker.Run run = Checker.runAll(ws, rules);
        progress.done();
        List<DisputeView> disputes = DisputeView.of(ws);
        // a baseline entry is fixed only if no finding at all matches it, in the change or not
        Baseline.Triage triage = baseline.triage(run.findings())
                .withDisputes(disputes, DisputeView.acknowledged(ws, disputes, run.findings()));
        List<Finding> findings = gate.inScope(root, run.findings(), stderr);
        if (findings == null) return 2;
        Path outDir = out != null ? out : root.resolve("reports");
        Result result = RunResult.of(ws, findings, RunResult.linkBase(root, outDir), rules, triage);
        try {
            Files.createDirectories(outDir);
            ReportFiles.writeAll(chosen, result, outDir);
        } catch (IOException e) {
            String why = Files.exists(outDir) && !Files.isDirectory(outDir) ? "it is a file, not a folder"
                    : "cannot write there (" + e.getClass().getSimpleName() + ")";
            stderr.println(ConsoleLine.of("claimcheck: --out " + Paths.display(root, outDir) + ": " + why
                    + "; name a folder the reports can be written to"));
            return 2;
        }
        for (Finding f : findings) {
            if (gate.annotations != null && triage.counts(f)) stdout.println(GithubAnnotation.of(f));
            else stdout.println(ConsoleLine.of(f.primary() + ": " + f.severity().id() + disposition(triage, f)
                    + ": " + f.rule() + ": " + f.message()));
        }
        for (Baseline.Entry e : triage.fixed()) {
            stdout.println(ConsoleLine.of(Paths.display(root, gate.baseline) + ": fixed: " + e.rule() + ": " + e.message()
                    + " (" + e.fingerprint() + "): remove this entry"));
        }
        stdout.println("claimcheck: " + result.scope() + ": " + result.tally());
        for (ReportFormat f : chosen) stdout.println(ConsoleLine.of("  wrote " + Paths.display(root, outDir.resolve(f.fileName()))));
        // a baseline records the whole workspace, whatever --changed-since shows; a finding an open dispute
        // acknowledges is already accounted for, so the baseline does not take it too
        List<Finding> unacknowledged = run.findings().stream().filter(f -> triage.dispute(f) == null).toList();
        if (!gate.writeBaseline(root, unacknowledged, baseline, stdout, stderr)) return 2;
        for (Checker.Failure f : run.failures()) stderr.println(ConsoleLine.of("claimcheck: " + f.describe()));
        if (!run.failures().isEmpty()) return 3;
        // a baseline just written accepts every finding of this run
        boolean failed = threshold != null && gate.writeBaseline == null
                && findings.stream().anyMatch(f -> triage.counts(f) && f.severity().atLeast(threshold));
        return failed ? 1 : 0;
    }

    /** " (baselined)", " (acknowledged: dispute 'x', open, 2 positions)" or nothing. */
    private static String disposition(Baseline.Triage triage, Finding f) {
        if (triage.isAccepted(f)) return " (baselined)";
        DisputeView d = triage.dispute(f);
        if (d == null) return "";
        int n = d.dispute().positions().size();
        return " (acknowledged: dispute '" + d.dispute().id() + "', " + d.dispute().status().id() + ", " + n
                + (n == 1 ? " position)" : " positions)");
    }

    private boolean named() {
        return paths != null && !paths.isEmpty();
    }

    /** Where output paths start: the current folder when documents are named, else --root. */
    private Path base() {
        return named() ? Path.of("") : input.root;
    }

    /** The reports this run writes, as real paths: a folder named for checking never gives them as documents. */
    private Set<Path> reportFiles(Set<ReportFormat> chosen) {
        Path outDir = out != null ? out : base().resolve("reports");
        Set<Path> files = new java.util.HashSet<>();
        for (ReportFormat f : chosen) {
            try {
                files.add(outDir.resolve(f.fileName()).toRealPath());
            } catch (IOException e) {
                // not written yet: nothing to skip
            }
        }
        return files;
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

    /** The format names for --help and shell completion, from the one list of formats. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return formatNames().iterator();
        }
    }
}
