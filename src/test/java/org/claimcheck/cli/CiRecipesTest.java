package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's GitHub Actions and GitLab CI recipes, run as a CI machine would: their ./claimcheck commands,
 * word for word, in a copy of this repository whose team has written a baseline.
 */
class CiRecipesTest {
    private static final Pattern COMMAND = Pattern.compile("(?m)^\\s*(?:- run: |- )\\./claimcheck (.+)$");

    static List<String> recipeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("### CI recipes");
        String section = readme.substring(from, readme.indexOf("\n### ", from + 1));
        List<String> commands = new ArrayList<>();
        Matcher m = COMMAND.matcher(section);
        while (m.find()) commands.add(m.group(1).strip());
        return commands;
    }

    @Test
    void theRecipesCommandsPassOnABaselinedCopyAndWriteWhatTheRecipesUpload(@TempDir Path repo) throws IOException {
        for (String folder : new String[] {"seeds", "claims"}) {
            try (var files = Files.walk(Path.of(folder))) {
                for (Path p : files.toList()) {
                    Path to = repo.resolve(p.toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        }
        assertThat(recipeCommands()).containsExactly("check --baseline=claimcheck-baseline.yaml --annotations=github",
                "check --baseline=claimcheck-baseline.yaml");
        Cli baseline = Shell.run(repo, "check", "--write-baseline=claimcheck-baseline.yaml");
        assertThat(baseline.exit()).as(baseline.err()).isZero();
        for (String command : recipeCommands()) {
            Cli r = Shell.run(repo, command.split(" "));
            assertThat(r.exit()).as(command + "\n" + r.err()).isZero();
            assertThat(r.out()).doesNotContain("::error").contains("7 errors, 14 warnings, 0 info (6 of them acknowledged by open disputes; 15 of them baselined");
            assertThat(repo.resolve("reports/claimcheck.sarif")).isRegularFile();
            assertThat(repo.resolve("reports/junit.xml")).isRegularFile();
        }
    }
}
