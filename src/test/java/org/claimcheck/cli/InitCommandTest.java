package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck init} and {@code claimcheck sources add}, run in a folder: what they print and write. */
class InitCommandTest {
    static final String FOUNDING_SHA = "9f27a1bc47d330ce0e45042080de42f911d15a3832a2dd6e3d14958da8ac761a";

    @Test
    void initOnAFolderListsItsDocumentsAndCheckThenChecksThem(@TempDir Path dir) throws IOException {
        CheckDocumentsTest.docs(dir);
        Cli init = Shell.run(dir, "init", "docs");
        assertThat(init.err()).isEmpty();
        assertThat(init.out()).isEqualTo("""
                  + elbonian-notes: docs/Elbonian Notes.md (text) "Elbonian notes"
                  + founding: docs/founding.txt (text) "The founding of Ruritania"
                wrote seeds/sources.yaml: 2 sources, each pinned by its sha256
                wrote claims/vocabulary.yaml: no entities or properties yet; add those that claims name
                next: 'claimcheck check' checks the listed documents; record claims in claims/*.yaml (see README, 'Claims')
                """);
        assertThat(init.exit()).isZero();
        assertThat(Files.readString(dir.resolve("seeds/sources.yaml"))).isEqualTo("""
                # The source documents that claims quote, each pinned by the sha256 of its bytes: a changed file is
                # reported (source-changed). 'file' is relative to this file. Titles and kinds were guessed from the
                # documents: correct them where they are wrong (see README, 'Sources').
                sources:
                  - id: elbonian-notes
                    file: "../docs/Elbonian Notes.md"
                    title: "Elbonian notes"
                    kind: text
                    sha256: 2b87aeaddaf4bcf2c1b4a304264c914217ef6a0942df2540396c478aad197982
                  - id: founding
                    file: "../docs/founding.txt"
                    title: "The founding of Ruritania"
                    kind: text
                    sha256: %s
                """.formatted(FOUNDING_SHA));
        assertThat(Files.readString(dir.resolve("claims/vocabulary.yaml"))).isEqualTo(InitCommand.VOCABULARY);

        Cli check = Shell.run(dir, "check");
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).isEqualTo("""
                docs/founding.txt:3:70: error: citation-out-of-range: [2] in docs/founding.txt points at no reference entry: its reference list has 1 entries
                claimcheck: 2 sources, 0 claims, 0 quotes (0 found in their sources): 1 error, 0 warnings, 0 info
                  wrote reports/claimcheck.md
                  wrote reports/claimcheck.json
                  wrote reports/claimcheck.sarif
                  wrote reports/junit.xml
                  wrote reports/claimcheck.html
                """);
        assertThat(check.exit()).isEqualTo(1);

        Cli again = Shell.run(dir, "init");
        assertThat(again.out()).isEqualTo("""
                seeds/sources.yaml exists: left as it is
                claims/vocabulary.yaml exists: left as it is
                """);
        assertThat(again.err()).isEqualTo(
                "claimcheck: nothing was written: this workspace is set up ('claimcheck check' checks it)\n");
        assertThat(again.exit()).isEqualTo(2);
        Cli more = Shell.run(dir, "init", "docs/founding.txt");
        assertThat(more.err()).isEqualTo("seeds/sources.yaml exists already: add documents to it with 'claimcheck"
                + " sources add FILE…'\n");
        assertThat(more.exit()).isEqualTo(2);
    }

    @Test
    void theReadmeExampleIsWhatAUserSees(@TempDir Path dir) throws IOException {
        CheckDocumentsTest.docs(dir);
        // the PDF comes after init, as in the README
        StringBuilder transcript = new StringBuilder();
        for (String command : new String[] {"init docs", "sources add docs/datta.pdf", "sources add docs/founding.txt"}) {
            if (command.startsWith("sources add docs/datta")) {
                Files.copy(CheckDocumentsTest.CORPUS.resolve("pdf/bmc-datta2010-dvt-review-4pp.pdf"),
                        dir.resolve("docs/datta.pdf"));
            }
            Cli r = Shell.run(dir, command.split(" "));
            transcript.append("$ ./claimcheck ").append(command).append('\n').append(r.out()).append(r.err());
        }
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("$ ./claimcheck init docs\n");
        assertThat(readme.substring(at, readme.indexOf("```", at))).isEqualTo(transcript.toString());
    }

    @Test
    void initWithoutPathsListsTheDocumentsOfTheFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("founding.txt"), CheckDocumentsTest.FOUNDING);
        Files.writeString(dir.resolve("notes.docx"), "not a document claimcheck reads");
        Cli init = Shell.run(dir, "init");
        assertThat(init.err()).isEmpty();
        assertThat(init.out()).startsWith("""
                  + founding: founding.txt (text) "The founding of Ruritania"
                wrote seeds/sources.yaml: 1 source, pinned by its sha256
                """);
        assertThat(Files.readString(dir.resolve("seeds/sources.yaml"))).contains("    file: \"../founding.txt\"\n");
        assertThat(Shell.run(dir, "check").exit()).isEqualTo(1);
    }

    @Test
    void initWithoutDocumentsSaysWhatToName(@TempDir Path dir) {
        Cli init = Shell.run(dir, "init");
        assertThat(init.err()).isEqualTo("claimcheck: no documents in . or its seeds folder: name them"
                + " ('claimcheck init FILE|FOLDER…')\n");
        assertThat(init.exit()).isEqualTo(2);
        assertThat(dir.resolve("seeds")).doesNotExist();
    }

    @Test
    void sourcesAddTwiceRefusesTheSecondAndLeavesTheListAsItWas(@TempDir Path dir) throws IOException {
        CheckDocumentsTest.docs(dir);
        Cli first = Shell.run(dir, "sources", "add", "docs/founding.txt");
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("""
                  + founding: docs/founding.txt (text) "The founding of Ruritania"
                wrote seeds/sources.yaml: 1 source, pinned by its sha256
                """);
        assertThat(first.exit()).isZero();
        String list = Files.readString(dir.resolve("seeds/sources.yaml"));

        Cli second = Shell.run(dir, "sources", "add", "docs/Elbonian Notes.md", "./docs/founding.txt");
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).isEqualTo("""
                docs/founding.txt: already listed in seeds/sources.yaml as 'founding' (line 5)
                claimcheck: nothing was added to seeds/sources.yaml
                """);
        assertThat(second.exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("seeds/sources.yaml"))).isEqualTo(list);
        assertThat(dir.resolve("seeds")).isDirectoryNotContaining("glob:**.tmp");

        Cli third = Shell.run(dir, "sources", "add", "docs/Elbonian Notes.md");
        assertThat(third.out()).isEqualTo("""
                  + elbonian-notes: docs/Elbonian Notes.md (text) "Elbonian notes"
                wrote seeds/sources.yaml: 1 source added, 2 in all
                """);
    }

    @Test
    void sourcesAddKeepsAHandWrittenListAndItsIndentation(@TempDir Path dir) throws IOException {
        CheckDocumentsTest.docs(dir);
        Files.createDirectories(dir.resolve("seeds"));
        String handWritten = """
                # my sources
                sources:
                    -   id: founding   # the first
                        file: ../docs/founding.txt
                # the end
                """;
        Files.writeString(dir.resolve("seeds/sources.yaml"), handWritten);
        Cli add = Shell.run(dir, "sources", "add", "docs/Elbonian Notes.md", "docs/founding.txt",
                "--root=.", "--sources=seeds/sources.yaml");
        assertThat(add.err()).isEqualTo("""
                docs/founding.txt: already listed in seeds/sources.yaml as 'founding' (line 3)
                claimcheck: nothing was added to seeds/sources.yaml
                """);
        Cli added = Shell.run(dir, "sources", "add", "docs/Elbonian Notes.md");
        assertThat(added.exit()).isZero();
        assertThat(Files.readString(dir.resolve("seeds/sources.yaml"))).startsWith(handWritten + """
                    - id: elbonian-notes
                      file: "../docs/Elbonian Notes.md"
                """);
        assertThat(Shell.run(dir, "check").out()).contains("claimcheck: 2 sources, 0 claims");
    }

    @Test
    void sourcesAddToAListInBracketsShowsTheEntriesToAddByHand(@TempDir Path dir) throws IOException {
        CheckDocumentsTest.docs(dir);
        Files.createDirectories(dir.resolve("seeds"));
        String flow = "sources: [{id: other, file: ../docs/founding.txt}]\n";
        Files.writeString(dir.resolve("seeds/sources.yaml"), flow);
        Cli add = Shell.run(dir, "sources", "add", "docs/Elbonian Notes.md");
        assertThat(add.err()).startsWith("""
                seeds/sources.yaml: its 'sources' list cannot be added to here (it is written in brackets, or something follows it): add these entries to it by hand
                  - id: elbonian-notes
                    file: "../docs/Elbonian Notes.md"
                """);
        assertThat(add.exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("seeds/sources.yaml"))).isEqualTo(flow);
    }

    @Test
    void aDocumentOutsideTheWorkspaceIsNotListed(@TempDir Path dir) throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(dir.resolve("outside.txt"), CheckDocumentsTest.FOUNDING);
        Cli add = Shell.run(ws, "sources", "add", "../outside.txt");
        assertThat(add.err()).isEqualTo("""
                ../outside.txt leads outside the workspace root (by a link or '..'): only files inside --root are read
                claimcheck: nothing was added to seeds/sources.yaml
                """);
        assertThat(add.exit()).isEqualTo(2);
        assertThat(ws.resolve("seeds")).doesNotExist();
    }
}
