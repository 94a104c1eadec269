package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.report.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports and console lines carry hostile input as text: a file name that would close a code span and open an
 * HTML tag, a quote with a line break that would forge a CI command. A rule that throws is claimcheck's bug:
 * exit 3 with one line naming it, the other rules' reports still written.
 */
class OutputSafetyTest {
    /** A file name that closes a code span, opens a tag, and starts a new line that CI reads as a command. */
    static final String HOSTILE = "a`<img src=x onerror=alert(1)>`\n::error file=x::pwned.txt";

    @TempDir
    Path ws;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(ws.resolve("claims"));
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), "entities:\n  - {id: r, name: Ruritania}\n"
                + "properties:\n  - {id: founded, type: date}\n");
        Files.writeString(ws.resolve("claims/c.yaml"), "claims:\n  - id: forged\n    says: x\n"
                + "    assert: {subject: r, property: founded, value: 1921}\n    sources:\n"
                + "      - {source: doc, quote: \"founded\\n::error file=x::pwned\"}\n");
        Files.writeString(ws.resolve(HOSTILE), "Ruritania was founded in 1921.\n");
        Files.writeString(ws.resolve("sources.yaml"), "sources:\n  - {id: doc, file: \"" + HOSTILE.replace("\n", "\\n") + "\"}\n");
    }

    @Test
    void hostileNamesAndQuotesStayText() throws IOException {
        Cli r = Cli.run("check", "--root=" + ws, "--sources=" + ws.resolve("sources.yaml"), "--out=" + ws.resolve("out"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("::"));
        assertThat(r.out()).contains("is not in a`<img src=x onerror=alert(1)>`\\n::error file=x::pwned.txt;");
        String md = Files.readString(ws.resolve("out/claimcheck.md"));
        // a message's < is backslash-escaped; a place stands in a code span whose fence its backticks cannot close
        assertThat(md).contains("is not in a\\`\\<img src=x onerror=alert(1)\\>\\` ::error file=x::pwned.txt;")
                .contains("- doc ([``a`<img src=x onerror=alert(1)>` ::error file=x::pwned.txt:1:15``]"
                        + "(../a%60%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%60%0A%3A%3Aerror%20file%3Dx%3A%3Apwned.txt#L1))");
        assertThat(md.replaceAll("``[^\n]*?``", "")).doesNotContainPattern("(?<!\\\\)<");
        assertThat(md.lines()).noneMatch(l -> l.startsWith("::"));
    }

    @RuleInfo(id = "throws", severity = Severity.ERROR, summary = "a rule with a bug", description = "Throws.")
    static final class Throws implements Rule {
        @Override
        public List<Finding> check(Workspace workspace) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void ruleThatThrowsExitsThreeAfterTheOthersReports() throws IOException {
        CheckCommand cmd = new CheckCommand();
        cmd.input = new WorkspaceOptions();
        cmd.input.root = ws;
        cmd.out = ws.resolve("out");
        Workspace loaded = WorkspaceLoader.load(ws, ws.resolve("sources.yaml"), ws.resolve("claims"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cmd.check(loaded, List.of(new Throws(), org.claimcheck.rules.Rules.byId("quote-not-found").orElseThrow()),
                new PrintWriter(out, true), new PrintWriter(err, true), null, EnumSet.allOf(ReportFormat.class));
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).startsWith("claimcheck: rule throws failed: java.lang.IllegalStateException: boom at ")
                .endsWith(" (please report this)\n").hasLineCount(1);
        assertThat(Files.readString(ws.resolve("out/claimcheck.json"))).contains("\"rule\" : \"quote-not-found\"");
    }

    @Test
    void reportsFollowTheUmaskAndOrphansOfKilledRunsGo() throws IOException {
        Path out = Files.createDirectories(ws.resolve("out"));
        Path orphan = Files.writeString(out.resolve(".claimcheck-claimcheck.md.1234.tmp"), "half a report");
        Path junitOrphan = Files.writeString(out.resolve(".claimcheck-junit.xml.1234.tmp"), "half a report");
        Path plain = Files.writeString(out.resolve("plain"), "");
        Cli.run("check", "--root=" + ws, "--sources=" + ws.resolve("sources.yaml"), "--out=" + out);
        assertThat(orphan).doesNotExist();
        assertThat(junitOrphan).doesNotExist();
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("claimcheck.md",
                    "claimcheck.json", "claimcheck.sarif", "junit.xml", "claimcheck.html", "plain");
        }
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            var expected = Files.getPosixFilePermissions(plain);
            assertThat(Files.getPosixFilePermissions(out.resolve("claimcheck.md"))).isEqualTo(expected);
            assertThat(Files.getPosixFilePermissions(out.resolve("claimcheck.json"))).isEqualTo(expected);
        }
    }

    @Test
    void outThatIsAFileIsBadUsage() throws IOException {
        Files.writeString(ws.resolve("taken"), "");
        Cli r = Cli.run("check", "--root=" + ws, "--sources=" + ws.resolve("sources.yaml"), "--out=" + ws.resolve("taken"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claimcheck: --out taken: it is a file, not a folder; name a folder the reports"
                + " can be written to\n");
    }
}
