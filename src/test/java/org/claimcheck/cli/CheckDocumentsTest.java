package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimcheck check PATH…} run in a folder as a user does, with no set-up: exactly what it prints, its exit
 * code and the reports it writes into ./reports.
 */
class CheckDocumentsTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final String FOUNDING = """
            The founding of Ruritania

            Ruritania was founded in 1921.[1] Its first king was crowned in 1922.[2]

            References

              1. Hope, Anthony (1921). The founding of Ruritania. London: Arrowsmith.
            """;
    static final String ELBONIA = """
            ---
            layout: post
            ---
            # Elbonian notes

            Elbonia is known for its mud.[1]

            ## References

            1. Adams, Scott (1995). Mud and more mud. Dilbert Press.
            """;

    static Path docs(Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("founding.txt"), FOUNDING);
        Files.writeString(docs.resolve("Elbonian Notes.md"), ELBONIA);
        Files.writeString(docs.resolve("notes.docx"), "not read");
        Files.writeString(docs.resolve(".draft.txt"), "hidden: not read");
        Files.createDirectories(docs.resolve("old")).resolve("older.txt");
        Files.writeString(docs.resolve("old/older.txt"), "in a subfolder: not read[9]");
        return docs;
    }

    @Test
    void anHtmlPageIsCheckedAsItIsAndItsReportsWritten(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("html/wp-mozilla-2016.html"), dir.resolve("wp-mozilla-2016.html"));
        Cli r = Shell.run(dir, "check", "wp-mozilla-2016.html");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                wp-mozilla-2016.html:287:468: warning: name-variant: "JavaScript" (10 times) and "Javascript" (5 times) look like one name spelled two ways (a letter-case slip)
                wp-mozilla-2016.html:285:843: info: citation-needed: an editor marked this as needing a citation: "…h from conservatives who felt he had been forced out of the company internally."
                wp-mozilla-2016.html:428:186: info: citation-needed: an editor marked this as needing a citation: "…lla Community consists of over 40,000 active contributors from across the globe"
                claimcheck: 1 source, 0 claims, 0 quotes (0 found in their sources): 0 errors, 1 warning, 2 info
                  wrote reports/claimcheck.md
                  wrote reports/claimcheck.json
                  wrote reports/claimcheck.sarif
                  wrote reports/junit.xml
                  wrote reports/claimcheck.html
                """);
        assertThat(r.exit()).isZero();
        String readme = Files.readString(Path.of("README.md"));
        String shown = "$ ./claimcheck check wp-mozilla-2016.html\n";
        int at = readme.indexOf(shown) + shown.length();
        assertThat(readme.substring(at, readme.indexOf("```", at))).as("the README's example").isEqualTo(r.out());
        assertThat(Files.readString(dir.resolve("reports/claimcheck.json")))
                .contains("\"file\" : \"wp-mozilla-2016.html\"").doesNotContain(dir.toString());
        assertThat(Files.readString(dir.resolve("reports/claimcheck.md")))
                .contains("### 1. `name-variant` in Mozilla, line 287\n\n\"JavaScript\" (10 times)").doesNotContain(dir.toString());
    }

    @Test
    void aFolderGivesItsOwnDocumentsInNameOrder(@TempDir Path dir) throws IOException {
        docs(dir);
        Cli r = Shell.run(dir, "check", "docs");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                docs/founding.txt:3:70: error: citation-out-of-range: [2] in docs/founding.txt points at no reference entry: its reference list has 1 entries
                claimcheck: 2 sources, 0 claims, 0 quotes (0 found in their sources): 1 error, 0 warnings, 0 info
                  wrote reports/claimcheck.md
                  wrote reports/claimcheck.json
                  wrote reports/claimcheck.sarif
                  wrote reports/junit.xml
                  wrote reports/claimcheck.html
                """);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(dir.resolve("reports/claimcheck.md")).exists();
    }

    @Test
    void aMarkdownFileWithItsHeadings(@TempDir Path dir) throws IOException {
        docs(dir);
        Files.writeString(dir.resolve("docs/Elbonian Notes.md"), ELBONIA.replace("mud.[1]", "mud.[1] And rain.[3]"));
        Cli r = Shell.run(dir, "check", "docs/Elbonian Notes.md", "--format=json");
        assertThat(r.out()).isEqualTo("""
                docs/Elbonian Notes.md:6:43: error: citation-out-of-range: [3] in docs/Elbonian Notes.md points at no reference entry: its reference list has 1 entries
                claimcheck: 1 source, 0 claims, 0 quotes (0 found in their sources): 1 error, 0 warnings, 0 info
                  wrote reports/claimcheck.json
                """);
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aPdf(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("pdf/bmc-datta2010-dvt-review-4pp.pdf"), dir.resolve("datta.pdf"));
        Cli r = Shell.run(dir, "check", "./datta.pdf", "--out=checked");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                datta.pdf:5:5: warning: reference-uncited: 62 of 79 entries in datta.pdf are cited by no marker: 11–71, 76
                claimcheck: 1 source, 0 claims, 0 quotes (0 found in their sources): 0 errors, 1 warning, 0 info
                  wrote checked/claimcheck.md
                  wrote checked/claimcheck.json
                  wrote checked/claimcheck.sarif
                  wrote checked/junit.xml
                  wrote checked/claimcheck.html
                """);
        assertThat(r.exit()).isZero();
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void theWorkspaceClaimsThatQuoteOnlyTheNamedDocumentsAreChecked(@TempDir Path dir) throws IOException {
        docs(dir);
        Path claims = Files.createDirectories(dir.resolve("claims"));
        Files.writeString(claims.resolve("vocabulary.yaml"), """
                entities: [{id: ruritania, name: Ruritania}]
                properties: [{id: founded, type: date, single: true}]
                """);
        Files.writeString(claims.resolve("founding.yaml"), """
                claims:
                  - id: founded-1921
                    says: Ruritania was founded in 1921.
                    assert: {subject: ruritania, property: founded, value: 1921}
                    sources: [{source: founding, quote: "Ruritania was founded in 1921."}]
                  - id: founded-1924
                    says: Ruritania was founded in 1924.
                    assert: {subject: ruritania, property: founded, value: 1924}
                    sources: [{source: almanac, quote: "founded in 1924"}]
                """);
        Cli r = Shell.run(dir, "check", "docs/founding.txt", "--format=md");
        assertThat(r.err()).isEqualTo("claimcheck: 1 claim not checked: it quotes sources not named here (almanac)\n");
        assertThat(r.out()).isEqualTo("""
                docs/founding.txt:3:70: error: citation-out-of-range: [2] in docs/founding.txt points at no reference entry: its reference list has 1 entries
                claimcheck: 1 source, 1 claim, 1 quote (1 found in their sources): 1 error, 0 warnings, 0 info
                  wrote reports/claimcheck.md
                """);
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aDocumentTheSourceListListsIsDescribedByItsEntry(@TempDir Path dir) throws IOException {
        docs(dir);
        Files.createDirectories(dir.resolve("seeds"));
        // the list calls founding.txt 'history', and gives the id 'founding' to another document
        Files.writeString(dir.resolve("seeds/sources.yaml"), """
                sources:
                  - {id: history, file: ../docs/founding.txt, title: The founding of Ruritania}
                  - {id: founding, file: ../docs/old/older.txt}
                """);
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims/vocabulary.yaml"), """
                entities: [{id: ruritania, name: Ruritania}]
                properties: [{id: founded, type: date, single: true}]
                """);
        Files.writeString(dir.resolve("claims/founding.yaml"), """
                claims:
                  - id: founded-1921
                    says: Ruritania was founded in 1921.
                    assert: {subject: ruritania, property: founded, value: 1921}
                    sources: [{source: history, quote: "Ruritania was founded in 1921."}]
                  - id: founded-1920
                    says: Ruritania was founded in 1920.
                    assert: {subject: ruritania, property: founded, value: 1920}
                    sources: [{source: founding, quote: "founded in 1920"}]
                """);
        Files.copy(dir.resolve("docs/founding.txt"), dir.resolve("founding.txt"));
        Cli r = Shell.run(dir, "check", "docs/founding.txt", "founding.txt", "--format=json");
        assertThat(r.err()).isEqualTo("claimcheck: 1 claim not checked: it quotes sources not named here (founding)\n");
        assertThat(r.out()).isEqualTo("""
                docs/founding.txt:3:70: error: citation-out-of-range: [2] in docs/founding.txt points at no reference entry: its reference list has 1 entries
                founding.txt:3:70: error: citation-out-of-range: [2] in founding.txt points at no reference entry: its reference list has 1 entries
                claimcheck: 2 sources, 1 claim, 1 quote (1 found in their sources): 2 errors, 0 warnings, 0 info
                  wrote reports/claimcheck.json
                """);
        assertThat(Files.readString(dir.resolve("reports/claimcheck.json"))).contains("\"file\" : \"docs/founding.txt\"");
    }

    @Test
    void aLinkThatLeadsOutOfAFolderIsSkippedWithANote(@TempDir Path dir) throws IOException {
        docs(dir);
        Files.writeString(dir.resolve("secret.txt"), "TOKEN=1\n");
        Files.createSymbolicLink(dir.resolve("docs/leak.txt"), Path.of("../secret.txt"));
        Files.createSymbolicLink(dir.resolve("docs/same.txt"), Path.of("founding.txt"));
        Cli r = Shell.run(dir, "check", "docs", "--format=json");
        assertThat(r.err()).isEqualTo("claimcheck: skipped docs/leak.txt: a link that leads out of docs\n");
        assertThat(r.out()).startsWith("docs/founding.txt:3:70: error: citation-out-of-range: [2] in docs/founding.txt")
                .contains("claimcheck: 2 sources, 0 claims");
        // named directly, a link is the user's own choice
        Cli direct = Shell.run(dir, "check", "docs/leak.txt", "--format=json");
        assertThat(direct.err()).isEmpty();
        assertThat(direct.out()).startsWith("claimcheck: 1 source, 0 claims");
    }

    @Test
    void aPipeIsNeverOpened(@TempDir Path dir) throws Exception {
        docs(dir);
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("docs/pipe.txt").toString()).start().waitFor() == 0);
        Cli walk = Shell.run(dir, "check", "docs", "--format=json");
        assertThat(walk.err()).isEqualTo("claimcheck: skipped docs/pipe.txt: not a regular .txt, .md, .html, .htm or"
                + " .pdf file\n");
        assertThat(walk.out()).contains("claimcheck: 2 sources, 0 claims");
        Cli named = Shell.run(dir, "check", "docs/pipe.txt");
        assertThat(named.err()).isEqualTo("""
                docs/pipe.txt: not a regular file (a folder, device or pipe): name a file
                claimcheck: 1 input problem; fix them and run again
                """);
        assertThat(named.exit()).isEqualTo(2);
    }

    @Test
    void documentsTakeThePlaceOfASourceList(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("article.txt"), FOUNDING);
        Cli both = Cli.run("check", page.toString(), "--sources=" + dir.resolve("sources.yaml"));
        assertThat(both.err()).isEqualTo("--sources: documents named on the command line are read as they are, without"
                + " a source list: give the documents or --sources, not both\n");
        assertThat(both.exit()).isEqualTo(2);
        Cli document = Cli.run("check", "--root=" + dir, "--sources=article.txt");
        assertThat(document.err()).isEqualTo("--sources names the source list (a YAML file), not a document: to check"
                + " article.txt as it is, run 'claimcheck check article.txt'\n");
        assertThat(document.exit()).isEqualTo(2);
    }

    @Test
    void anUnsupportedFileIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        docs(dir);
        Cli r = Shell.run(dir, "check", "docs/notes.docx");
        assertThat(r.err()).isEqualTo("docs/notes.docx: not a document claimcheck reads: name .txt, .md, .html, .htm"
                + " or .pdf files, or a folder of them\n");
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    void aMissingPathIsOneLineAndExitTwo(@TempDir Path dir) {
        Cli r = Shell.run(dir, "check", "article.html");
        assertThat(r.err()).isEqualTo("article.html: no such file or folder\n");
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(dir.resolve("reports")).doesNotExist();
    }
}
