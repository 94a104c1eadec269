package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input, one folder per case under {@code bad-input/}: the case's files laid over
 * {@code base/} (a valid workspace), what the test makes at run time ({@link BadInputSetup}: links, FIFOs,
 * binary and generated files, PDFs), optional {@code args.txt} (one argument a line, {@code {ws}} for the
 * workspace), and {@code expected.txt}: the exit code, stderr and, when the run got as far as reports, stdout,
 * exactly. {@code -Dfixtures.update=true} rewrites them: read the diff before committing it.
 */
class BadInputTest {
    static final Path CASES = Path.of("src/test/resources/bad-input");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.equals("base"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithItsExactMessageAndExitCode(String name, @TempDir Path tmp) throws IOException {
        Path ws = tmp.resolve("ws");
        copy(CASES.resolve("base"), ws);
        copy(CASES.resolve(name), ws);
        Files.deleteIfExists(ws.resolve("expected.txt"));
        Files.deleteIfExists(ws.resolve("args.txt"));
        Assumptions.assumeTrue(BadInputSetup.prepare(name, ws, tmp), "cannot make this case here");
        List<String> given = new ArrayList<>();
        Path argsFile = CASES.resolve(name).resolve("args.txt");
        if (Files.exists(argsFile)) {
            for (String a : Files.readAllLines(argsFile)) given.add(a.replace("{ws}", ws.toString()));
        }
        List<String> args = new ArrayList<>(List.of("check"));
        for (String option : List.of("--root=" + ws, "--out=" + tmp.resolve("out"))) {
            String key = option.substring(0, option.indexOf('=') + 1);
            if (given.stream().noneMatch(a -> a.startsWith(key))) args.add(option);
        }
        args.addAll(given);
        Cli r = Cli.run(args.toArray(String[]::new));
        String actual = "exit " + r.exit() + "\n" + r.err() + (r.exit() < 2 ? "--- stdout\n" + r.out() : "");
        assertThat(actual).doesNotContain(tmp.toString());
        Path expected = CASES.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("fixtures.update")) Files.writeString(expected, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        if (r.exit() >= 2) assertThat(tmp.resolve("out")).doesNotExist();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
