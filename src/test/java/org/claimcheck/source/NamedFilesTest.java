package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedFilesTest {
    @Test
    void aFileNamedTwiceIsReadOnceAndTheReportsAreNeverDocuments(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("b.txt"), "b");
        Files.writeString(docs.resolve("a.txt"), "a");
        Path report = Files.writeString(docs.resolve("claimcheck.md"), "# claimcheck report");
        NamedFiles.Found found = NamedFiles.find(List.of(docs + "/b.txt", docs.toString()), Set.of(report.toRealPath()));
        assertThat(found.errors()).isEmpty();
        assertThat(found.files()).extracting(f -> f.path().getFileName().toString()).containsExactly("b.txt", "a.txt");
    }

    @Test
    void moreDocumentsThanTheLimitAreRefused(@TempDir Path dir) throws IOException {
        for (int i = 0; i <= NamedFiles.MAX_FILES; i++) Files.writeString(dir.resolve("d" + i + ".txt"), "x");
        NamedFiles.Found found = NamedFiles.find(List.of(dir.toString()), Set.of());
        assertThat(found.errors()).containsExactly(
                "more than 1000 documents named: check fewer files or smaller folders at a time");
    }

    @Test
    void aFolderWithoutDocumentsSaysSo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.createDirectories(dir.resolve("sub")).resolve("a.txt");
        Files.writeString(dir.resolve("sub/a.txt"), "x");
        NamedFiles.Found found = NamedFiles.find(List.of(dir.toString()), Set.of());
        assertThat(found.errors()).singleElement().asString()
                .endsWith(": no .txt, .md, .html, .htm or .pdf files in this folder (its subfolders are not searched)");
    }

    @Test
    void pathsAreShownAsTypedAndNeverAbsolute() {
        assertThat(NamedFiles.shown(Path.of("./docs/../page.html"))).isEqualTo("page.html");
        assertThat(NamedFiles.shown(Path.of("../other/page.html"))).isEqualTo("../other/page.html");
        assertThat(NamedFiles.shown(Path.of("").toAbsolutePath().resolve("page.html"))).isEqualTo("page.html");
        assertThat(NamedFiles.shown(Path.of("/elsewhere/page.html"))).doesNotStartWith("/").endsWith("elsewhere/page.html");
    }
}
