package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.report.Baseline;
import org.claimcheck.report.BaselineFile;
import org.claimcheck.source.Paths;
import org.claimcheck.source.WorkspaceFiles;
import org.claimcheck.yaml.Problem;
import org.claimcheck.yaml.Problems;
import picocli.CommandLine.Option;

/** What a CI gate adds to {@code check}: a baseline of accepted findings, and annotations for the CI's own UI. */
final class GateOptions {
    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings accepted for now (written by --write-baseline): they are reported as baselined and"
                    + " do not fail the run; entries no finding matches any more are reported as fixed.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write today's findings to FILE as a baseline (reasons already in FILE are kept), then fill"
                    + " in each 'reason'.")
    Path writeBaseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings that involve a file changed since the git REF (for a pull request:"
                    + " origin/main), or new; everything is still loaded and checked, so a changed claim is compared"
                    + " with all the others.")
    String changedSince;

    @Option(names = "--annotations", paramLabel = "STYLE",
            description = "Print findings as CI annotations instead of plain lines: github (workflow commands that mark"
                    + " the file and line in a pull request).")
    String annotations;

    /** The baseline named by --baseline (NONE without one), or null after printing its problems (exit 2). */
    Baseline readBaseline(Path root, PrintWriter stderr) {
        if (baseline == null) return Baseline.NONE;
        String shown = Paths.display(root, baseline);
        Problems problems = new Problems();
        Baseline read = Baseline.NONE;
        try {
            read = BaselineFile.read(new WorkspaceFiles(root, WorkspaceFiles.SOURCE_BYTES).yaml(baseline), shown, problems);
        } catch (WorkspaceFiles.Refused e) {
            problems.add(new Problem(shown, 1, 1, Files.exists(baseline) ? e.getMessage()
                    : "no such file: write one with --write-baseline"));
        }
        if (problems.isEmpty()) return read;
        for (Problem p : problems.sorted()) stderr.println(ConsoleLine.of(p.toString()));
        return null;
    }

    /**
     * The findings to report: all, or with --changed-since those with a place in a changed file. Null after
     * printing why git could not tell (exit 2).
     */
    List<Finding> inScope(Path root, List<Finding> findings, PrintWriter stderr) {
        if (changedSince == null) return findings;
        try {
            java.util.Set<String> changed = ChangedFiles.since(root, changedSince);
            return findings.stream().filter(f -> f.locations().stream().anyMatch(l -> changed.contains(l.file()))).toList();
        } catch (ChangedFiles.Failed e) {
            stderr.println(ConsoleLine.of("claimcheck: --changed-since " + changedSince + ": " + e.getMessage()));
            return null;
        }
    }

    /** Writes --write-baseline atomically (a temporary file beside it, then renamed); false if it cannot. */
    boolean writeBaseline(Path root, List<Finding> findings, Baseline previous, PrintWriter stdout, PrintWriter stderr) {
        if (writeBaseline == null) return true;
        Path target = writeBaseline.toAbsolutePath().normalize();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, BaselineFile.write(findings, previous), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            stdout.println(ConsoleLine.of("  wrote " + Paths.display(root, writeBaseline) + " (" + findings.size()
                    + " baseline " + (findings.size() == 1 ? "entry" : "entries") + ")"));
            return true;
        } catch (IOException e) {
            stderr.println(ConsoleLine.of("claimcheck: --write-baseline " + Paths.display(root, writeBaseline)
                    + ": cannot write there (" + e.getClass().getSimpleName() + "); name a file in a writable folder"));
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the message above says the baseline was not written
            }
            return false;
        }
    }
}
