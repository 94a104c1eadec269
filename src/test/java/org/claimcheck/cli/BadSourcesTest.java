package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken source files: one line each at their entry, saying what is wrong and what to do, exit 2, no trace. */
class BadSourcesTest {
    @TempDir
    Path ws;

    private Cli check(String... files) throws IOException {
        Files.createDirectories(ws.resolve("claims"));
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int i = 0; i < files.length; i++) yaml.append("  - {id: s").append(i).append(", file: ").append(files[i]).append("}\n");
        Files.writeString(ws.resolve("sources.yaml"), yaml);
        return Cli.run("check", "--root=" + ws, "--sources=" + ws.resolve("sources.yaml"), "--out=" + ws.resolve("out"));
    }

    @Test
    void damagedTruncatedEmptyAndEncryptedPdfs() throws IOException {
        Path whole = ws.resolve("whole.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(ws.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(ws.resolve("junk.pdf"), "%PDF-1.7\nnot really\n".getBytes());
        Files.write(ws.resolve("empty.pdf"), new byte[0]);
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            pdf.save(ws.resolve("locked.pdf").toFile());
        }
        Cli r = check("truncated.pdf", "junk.pdf", "empty.pdf", "locked.pdf");
        assertThat(r.exit()).isEqualTo(2);
        // PDFBox rebuilds a file cut in half from what is left (it is read); the others cannot be read
        assertThat(r.err()).isEqualTo("""
                sources.yaml:3:20: cannot read junk.pdf: it is damaged, truncated or not a PDF (Missing root object \
                specification in trailer.): check a complete copy
                sources.yaml:4:20: cannot read empty.pdf: it is damaged, truncated or not a PDF (Error: End-of-File, \
                expected line at offset 0): check a complete copy
                sources.yaml:5:20: cannot read locked.pdf: it is encrypted with a password: check an unencrypted copy
                claimcheck: 3 input problems; fix them and run again
                """);
    }

    @Test
    void htmlWithoutBodyAndBinaryTextAreReadAsTheyAre() throws IOException {
        Files.writeString(ws.resolve("nobody.html"), "<html><p>Ruritania was founded in 1921.");
        Files.write(ws.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10});
        Cli r = check("nobody.html", "binary.txt");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
    }
}
