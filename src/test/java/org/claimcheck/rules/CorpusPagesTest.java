package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule on the real pages and papers of corpus/MANIFEST.md, without claims, pinned by their full findings:
 * {@code corpus/expected/<file>.txt} holds each finding of one document (rule, place, message, evidence), as
 * an editor reviewed them; an empty file says the document is clean. {@code -Dfixtures.update=true} rewrites
 * them: read the diff, and keep a finding only when its author would agree with it.
 */
class CorpusPagesTest {
    private static final Path ROOT = Path.of("src/test/resources/corpus");
    private static List<Finding> findings;

    @BeforeAll
    static void check() {
        Workspace ws = WorkspaceLoader.load(ROOT, ROOT.resolve("sources.yaml"), ROOT.resolve("claims"));
        findings = Checker.run(ws, Rules.ALL);
    }

    static List<String> documents() throws IOException {
        Workspace ws = WorkspaceLoader.load(ROOT, ROOT.resolve("sources.yaml"), ROOT.resolve("claims"));
        return ws.documents().stream().map(d -> d.path()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void findingsAreTheReviewedOnes(String file) throws IOException {
        String actual = RuleFixturesTest.render(findings.stream().filter(f -> f.primary().file().equals(file)).toList());
        Path expected = ROOT.resolve("expected").resolve(file + ".txt");
        if (Boolean.getBoolean("fixtures.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("findings of %s", file).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
