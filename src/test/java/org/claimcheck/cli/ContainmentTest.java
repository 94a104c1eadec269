package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source list or claims folder from a pull request may name any path: whatever leaves the workspace root, or
 * is not a plain file, is refused with one line at its entry and exit 2, before it is opened; and no line shows
 * where the machine keeps its folders.
 */
class ContainmentTest {
    @TempDir
    Path tmp;
    Path ws;
    Path outside;

    @BeforeEach
    void workspace() throws IOException {
        ws = Files.createDirectories(tmp.resolve("ws"));
        Files.createDirectories(ws.resolve("claims"));
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), "entities: []\nproperties: []\n");
        Files.writeString(ws.resolve("doc.txt"), "Ruritania was founded in 1921.\n");
        outside = Files.writeString(tmp.resolve("secret.txt"), "CI_TOKEN=hunter2\n");
    }

    private Cli check(String sourcesYaml, String... more) throws IOException {
        Files.writeString(ws.resolve("sources.yaml"), sourcesYaml);
        String[] args = new String[4 + more.length];
        args[0] = "check";
        args[1] = "--root=" + ws;
        args[2] = "--sources=" + ws.resolve("sources.yaml");
        args[3] = "--out=" + tmp.resolve("out");
        System.arraycopy(more, 0, args, 4, more.length);
        Cli r = Cli.run(args);
        assertThat(r.err() + r.out()).doesNotContain(tmp.toString()).doesNotContain("hunter2");
        return r;
    }

    private static String source(String file) {
        return "sources:\n  - id: doc\n    file: " + file + "\n";
    }

    @Test
    void dotDotPathOutOfTheRootIsRefused() throws IOException {
        Cli r = check(source("../secret.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sources.yaml:3:11: ../secret.txt leads outside the workspace root (by a link or"
                + " '..'): only files inside --root are read\nclaimcheck: 1 input problem; fix them and run again\n");
    }

    @Test
    void linkOutOfTheRootIsRefusedWhateverItsName() throws IOException {
        Files.createSymbolicLink(ws.resolve("notes.txt"), outside);
        Cli r = check(source("notes.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sources.yaml:3:11: notes.txt leads outside the workspace root (by a link or"
                + " '..'): only files inside --root are read\n");
    }

    @Test
    void linkInsideTheRootIsReadAsWhatItPointsAt() throws IOException {
        Files.createSymbolicLink(ws.resolve("alias.txt"), ws.resolve("doc.txt"));
        Cli r = check(source("alias.txt"), "--fail-on=never");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void folderAsSourceIsRefused() throws IOException {
        Files.createDirectories(ws.resolve("folder.txt"));
        Cli r = check(source("folder.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sources.yaml:3:11: folder.txt is not a regular file (a folder, device or"
                + " pipe): name a file\n");
    }

    @Test
    void pipeAsSourceIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = ws.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        Cli r = check(source("pipe.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sources.yaml:3:11: pipe.txt is not a regular file (a folder, device or"
                + " pipe): name a file\n");
    }

    @Test
    void pipeAsClaimsFileIsRefused() throws Exception {
        Path fifo = ws.resolve("claims/more.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        Cli r = check(source("doc.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claims/more.yaml:1:1: claims/more.yaml is not a regular file (a folder,"
                + " device or pipe): name a file\nclaimcheck: 1 input problem; fix them and run again\n");
    }

    @Test
    void claimsFolderLinkedOutOfTheRootIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(ws.resolve("linked"), elsewhere);
        Cli r = check(source("doc.txt"), "--claims=" + ws.resolve("linked"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("linked:1:1: linked leads outside the workspace root (by a link or '..'):"
                + " only files inside --root are read\n");
    }

    @Test
    void sourceOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Files.write(ws.resolve("big.txt"), new byte[(1 << 20) + 1]);
        Cli r = check(source("big.txt"), "--max-source-mib=1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sources.yaml:3:11: big.txt has 1048577 bytes, more than the limit of 1048576"
                + " (raise it with --max-source-mib)\n");
    }

    @Test
    void claimsFileThatIsNotUtf8IsNamed() throws IOException {
        Files.write(ws.resolve("claims/latin1.yaml"), "claims: []\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli r = check(source("doc.txt"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claims/latin1.yaml:1:1: claims/latin1.yaml is not UTF-8 text: save it as UTF-8\n"
                + "claimcheck: 1 input problem; fix them and run again\n");
    }
}
