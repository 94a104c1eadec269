package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs claimcheck as a separate process in a folder, as a user in a terminal does: what it reads and shows
 * depends on the current folder (paths as typed, ./reports), which an in-process run cannot change.
 */
final class Shell {
    private Shell() {
    }

    static Cli run(Path cwd, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // the test class path has slf4j-api (the schema validator's), which the jar does not: keep it quiet
                "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("claimcheck-out", ".txt");
            Path err = Files.createTempFile("claimcheck-err", ".txt");
            try {
                Process p = new ProcessBuilder(command).directory(cwd.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("claimcheck " + String.join(" ", args) + " did not end in 120 s");
                }
                return new Cli(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
