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
import org.claimcheck.report.Baseline;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Result;
import org.claimcheck.report.SourceText;
import org.claimcheck.report.WorkspaceView;
import org.claimcheck.rules.Rules;
import org.claimcheck.source.Document;
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
        // a baseline entry is fixed only if no finding at all matches it, in the change or not
        Baseline.Triage triage = baseline.triage(run.findings());
        List<Finding> findings = gate.inScope(root, run.findings(), stderr);
        if (findings == null) return 2;
        Path outDir = out != null ? out : root.resolve("reports");
        Result result = result(ws, findings, linkBase(root, outDir), rules, triage);
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
            boolean accepted = triage.isAccepted(f);
            if (gate.annotations != null && !accepted) stdout.println(GithubAnnotation.of(f));
            else stdout.println(ConsoleLine.of(f.primary() + ": " + f.severity().id() + (accepted ? " (baselined)" : "")
                    + ": " + f.rule() + ": " + f.message()));
        }
        for (Baseline.Entry e : triage.fixed()) {
            stdout.println(ConsoleLine.of(Paths.display(root, gate.baseline) + ": fixed: " + e.rule() + ": " + e.message()
                    + " (" + e.fingerprint() + "): remove this entry"));
        }
        stdout.println("claimcheck: " + result.scope() + ": " + result.tally());
        for (ReportFormat f : chosen) stdout.println(ConsoleLine.of("  wrote " + Paths.display(root, outDir.resolve(f.fileName()))));
        if (!gate.writeBaseline(root, findings, baseline, stdout, stderr)) return 2;
        for (Checker.Failure f : run.failures()) stderr.println(ConsoleLine.of("claimcheck: " + f.describe()));
        if (!run.failures().isEmpty()) return 3;
        // a baseline just written accepts every finding of this run
        boolean failed = threshold != null && gate.writeBaseline == null
                && findings.stream().anyMatch(f -> !triage.isAccepted(f) && f.severity().atLeast(threshold));
        return failed ? 1 : 0;
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


    /**
     * The way from the reports' folder up to the root ("../"), for links in reports; null when the folder is not
     * inside the root, since the way there would name the machine's own folders.
     */
    static String linkBase(Path root, Path outDir) {
        Path r = root.toAbsolutePath().normalize();
        Path o = outDir.toAbsolutePath().normalize();
        if (!o.startsWith(r)) return null;
        return "../".repeat(o.getNameCount() - r.getNameCount());
    }

    static Result result(Workspace ws, List<Finding> findings, String linkBase, List<Rule> rules, Baseline.Triage triage) {
        int quotes = 0;
        int anchored = 0;
        for (Claim c : ws.claims()) {
            quotes += c.quotes().size();
            anchored += (int) c.quotes().stream().filter(q -> ws.anchor(q).found()).count();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (Document d : ws.documents()) titles.put(d.path(), d.info().title());
        List<SourceText> texts = ws.documents().stream().map(d -> new SourceText(d.path(),
                d.setAside().textCharacters(), d.setAside().characters())).toList();
        return new Result(ws.documents().size(), ws.claims().size(), quotes, anchored, findings, titles, linkBase, rules,
                triage, texts, WorkspaceView.of(ws));
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

    /** The format names for --help and shell completion, from the one list of formats. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return formatNames().iterator();
        }
    }
}
