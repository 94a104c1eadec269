package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture folder {@code rules/<rule-id>/<case>/}: its sources.yaml, documents and claims/ are
 * loaded, the one rule named by the folder runs, and its findings must equal {@code expected.txt}. A case holds
 * only what differs: without its own {@code sources.yaml} or {@code claims/vocabulary.yaml} it takes the
 * nearest {@code sources.yaml} or {@code vocabulary.yaml} of its rule folder, else of {@code rules/} (as Vale
 * shares one configuration per fixture tree).
 * {@code -Dfixtures.update=true} rewrites the expected files from the actual findings: read the diff before
 * committing it.
 */
public class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> rules = Files.list(FIXTURES)) {
            return rules.filter(Files::isDirectory).sorted().flatMap(RuleFixturesTest::children).toList().stream();
        }
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsMatchExpected(Path fixture, @TempDir Path work) throws IOException {
        String ruleId = fixture.getParent().getFileName().toString();
        Rule rule = Rules.byId(ruleId).orElseThrow(() -> new AssertionError("no rule " + ruleId));
        Path root = withDefaults(fixture, work);
        Workspace ws = WorkspaceLoader.load(root, root.resolve("sources.yaml"), root.resolve("claims"));
        String actual = render(Checker.run(ws, List.of(rule)));
        Path expectedFile = fixture.resolve("expected.txt");
        if (Boolean.getBoolean("fixtures.update")) Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertThat(actual).as("findings of %s", fixture).isEqualTo(expected);
    }

    /** A copy of the case with the shared sources.yaml and vocabulary filled in where it has none. */
    public static Path withDefaults(Path fixture, Path work) throws IOException {
        Path root = work.resolve(fixture.getFileName());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.toList()) {
                Path to = root.resolve(fixture.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Files.createDirectories(root.resolve("claims"));
        fillIn(fixture, "sources.yaml", root.resolve("sources.yaml"));
        fillIn(fixture, "vocabulary.yaml", root.resolve("claims").resolve("vocabulary.yaml"));
        return root;
    }

    private static void fillIn(Path fixture, String name, Path target) throws IOException {
        if (Files.exists(target)) return;
        for (Path dir = fixture.getParent(); dir.startsWith(FIXTURES); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(name))) {
                Files.copy(dir.resolve(name), target);
                return;
            }
        }
    }

    /** Each rule has at least one case that flags and one that passes (an empty expected.txt). */
    @Test
    void everyRuleHasFlaggingAndPassingCases() throws IOException {
        for (Rule rule : Rules.ALL) {
            Path dir = FIXTURES.resolve(rule.id());
            assertThat(dir).as("fixtures for " + rule.id()).isDirectory();
            List<String> expectations = children(dir).map(c -> {
                try {
                    return Files.readString(c.resolve("expected.txt"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(expectations).as(rule.id()).anyMatch(String::isEmpty).anyMatch(s -> !s.isEmpty());
        }
    }

    /** One line per finding (primary location, rule, message), then one indented line per location with its text. */
    static String render(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.primary()).append(": ").append(f.rule()).append(": ").append(f.message()).append('\n');
            for (Location l : f.locations()) {
                out.append("    ").append(l).append(" \"").append(l.text()).append("\"\n");
            }
            if (f.fix() != null) out.append("    fix: ").append(f.fix()).append('\n');
        }
        return out.toString();
    }
}
