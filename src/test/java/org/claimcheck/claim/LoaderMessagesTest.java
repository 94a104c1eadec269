package org.claimcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.yaml.InputException;
import org.claimcheck.yaml.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of {@code loader/} holds a broken claims folder (and, where the case is about sources, its own
 * sources.yaml) and {@code expected.txt}: the exact file:line:col lines a user sees. {@code base/} is valid.
 * {@code -Dfixtures.update=true} rewrites the expected files: read the diff before committing it.
 */
class LoaderMessagesTest {
    static final Path ROOT = Path.of("src/test/resources/loader");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).filter(p -> !p.endsWith("base")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPlace(Path dir) throws IOException {
        Path sources = Files.exists(dir.resolve("sources.yaml")) ? dir.resolve("sources.yaml")
                : ROOT.resolve("base/sources.yaml");
        InputException e = catchThrowableOfType(InputException.class,
                () -> WorkspaceLoader.load(ROOT, sources, dir.resolve("claims")));
        assertThat(e).as("a broken input must be refused").isNotNull();
        String actual = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n"));
        Path expectedFile = dir.resolve("expected.txt");
        if (Boolean.getBoolean("fixtures.update")) Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    @Test
    void baseLoadsWithoutProblems() {
        var ws = WorkspaceLoader.load(ROOT, ROOT.resolve("base/sources.yaml"), ROOT.resolve("base/claims"));
        assertThat(ws.claims()).extracting(Claim::id).containsExactly("founded");
        assertThat(ws.claims().get(0).quotes().get(0).cites()).containsExactly(1);
    }
}
