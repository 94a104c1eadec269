package org.claimcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.claimcheck.cli.Main;

/**
 * Fuzzes every file a workspace is made of through the whole command, as a pull request from anyone could:
 * the claims, the vocabulary, the sources list and a source document in each format. Whatever the bytes, the
 * run ends with exit 0 (read, findings or none) or 2 (bad input, one line per problem); never 3, never an
 * exception out of the command, never a console line with a control character from the input.
 *
 * <p>In the normal test run each target runs on its inputs under {@code WorkspaceFuzzTestInputs/<target>/}
 * (seeds, and every crash ever found, kept as regression tests). With {@code JAZZER_FUZZ=1} one target is
 * fuzzed: {@code pom.xml} runs each briefly during {@code mvn verify}, and {@code fuzz/run} runs them longer.
 */
class WorkspaceFuzzTest {
    private static final String SOURCES = "sources:\n  - {id: doc, file: %s, title: Test document}\n";
    private static final String CLAIMS = """
            claims:
              - id: founded
                says: Ruritania was founded in 1921.
                assert: {subject: ruritania, property: founded, value: 1921}
                sources:
                  - {source: doc, quote: "Ruritania was founded in 1921.", cites: [1]}
            """;
    private static final String VOCABULARY = """
            entities:
              - {id: ruritania, name: Ruritania}
            properties:
              - {id: founded, type: date, single: true}
            """;
    private static final String DOC = "Ruritania was founded in 1921.[1]\n\nReferences\n\n  1. Hope, Anthony (1894)."
            + " The Prisoner of Zenda.\n";
    private static final Map<String, Path> WORKSPACES = new HashMap<>();

    @FuzzTest(maxDuration = "10s")
    void claims(@NotNull byte[] input) throws IOException {
        checkWith("claims/claims.yaml", input, "doc.txt");
    }

    @FuzzTest(maxDuration = "10s")
    void vocabulary(@NotNull byte[] input) throws IOException {
        checkWith("claims/vocabulary.yaml", input, "doc.txt");
    }

    @FuzzTest(maxDuration = "10s")
    void sources(@NotNull byte[] input) throws IOException {
        checkWith("seeds/sources.yaml", input, "doc.txt");
    }

    @FuzzTest(maxDuration = "10s")
    void text(@NotNull byte[] input) throws IOException {
        checkWith("seeds/doc.txt", input, "doc.txt");
    }

    @FuzzTest(maxDuration = "10s")
    void html(@NotNull byte[] input) throws IOException {
        checkWith("seeds/doc.html", input, "doc.html");
    }

    @FuzzTest(maxDuration = "10s")
    void pdf(@NotNull byte[] input) throws IOException {
        checkWith("seeds/doc.pdf", input, "doc.pdf");
    }

    /** Writes the fuzzed bytes over one file of a valid workspace whose source is {@code docName}, and checks it. */
    private static void checkWith(String file, byte[] input, String docName) throws IOException {
        Path ws = workspace(file, docName);
        Files.write(ws.resolve(file), input);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute("check", "--root=" + ws, "--out=" + ws.resolve("out"), "--fail-on=never");
        assertThat(err.toString()).doesNotContain("please report");
        assertThat(exit).as("exit code; stderr:%n%s", err).isIn(0, 2);
        for (String line : (out + "" + err).split("\n", -1)) {
            assertThat(line.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)).as("console line %s", line).isTrue();
        }
    }

    /** One workspace per fuzzed file, made once and reused: each input overwrites that file only. */
    private static synchronized Path workspace(String file, String docName) throws IOException {
        Path ws = WORKSPACES.get(file);
        if (ws != null) return ws;
        ws = Files.createTempDirectory("claimcheck-fuzz");
        ws.toFile().deleteOnExit();
        Files.createDirectories(ws.resolve("seeds"));
        Files.createDirectories(ws.resolve("claims"));
        Files.writeString(ws.resolve("seeds/sources.yaml"), SOURCES.formatted(docName));
        Files.writeString(ws.resolve("claims/claims.yaml"), CLAIMS);
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), VOCABULARY);
        Files.write(ws.resolve("seeds").resolve(docName), DOC.getBytes(StandardCharsets.UTF_8));
        WORKSPACES.put(file, ws);
        return ws;
    }
}
