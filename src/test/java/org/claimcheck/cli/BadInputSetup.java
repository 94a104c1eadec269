package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * What a bad-input case cannot hold as plain files in git: links, FIFOs, folders, bytes that are not UTF-8,
 * generated sizes and PDFs. Returns false when the platform cannot make the case (no mkfifo, no links).
 */
final class BadInputSetup {
    private BadInputSetup() {
    }

    static boolean prepare(String name, Path ws, Path tmp) throws IOException {
        Path seeds = ws.resolve("seeds");
        Path claims = ws.resolve("claims");
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "CI_TOKEN=ghp_secret\n");
        switch (name) {
            case "symlink-source-outside" -> link(seeds.resolve("doc.txt"), secret);
            case "symlink-source-proc-environ" -> link(seeds.resolve("doc.txt"), Path.of("/proc/self/environ"));
            case "symlink-source-dev-zero" -> link(seeds.resolve("doc.txt"), Path.of("/dev/zero"));
            case "symlink-source-inside" -> link(seeds.resolve("alias.txt"), Path.of("doc.txt"));
            case "symlink-source-unsupported-target" -> {
                Files.write(seeds.resolve("data.bin"), new byte[] {1, 2, 3});
                link(seeds.resolve("alias.txt"), Path.of("data.bin"));
            }
            case "symlink-claims-file-outside" -> {
                Files.writeString(tmp.resolve("secret.yaml"), "claims: []\n");
                link(claims.resolve("leak.yaml"), tmp.resolve("secret.yaml"));
            }
            case "symlink-claims-folder-outside" -> {
                Path other = Files.createDirectories(tmp.resolve("other"));
                Files.move(claims.resolve("claims.yaml"), other.resolve("claims.yaml"));
                Files.move(claims.resolve("vocabulary.yaml"), other.resolve("vocabulary.yaml"));
                Files.delete(claims);
                link(claims, other);
            }
            case "symlink-vocabulary-outside" -> {
                Files.move(claims.resolve("vocabulary.yaml"), tmp.resolve("vocabulary.yaml"));
                link(claims.resolve("vocabulary.yaml"), tmp.resolve("vocabulary.yaml"));
            }
            case "symlink-sources-yaml-outside" -> {
                Files.move(seeds.resolve("sources.yaml"), tmp.resolve("sources.yaml"));
                link(seeds.resolve("sources.yaml"), tmp.resolve("sources.yaml"));
            }
            case "fifo-source" -> {
                return mkfifo(seeds.resolve("doc.txt"));
            }
            case "fifo-claims-file" -> {
                return mkfifo(claims.resolve("pipe.yaml"));
            }
            case "folder-as-source" -> {
                Files.delete(seeds.resolve("doc.txt"));
                Files.createDirectories(seeds.resolve("doc.txt"));
            }
            case "claims-folder-missing" -> {
                Files.delete(claims.resolve("claims.yaml"));
                Files.delete(claims.resolve("vocabulary.yaml"));
                Files.delete(claims);
            }
            case "vocabulary-missing" -> Files.delete(claims.resolve("vocabulary.yaml"));
            case "vocabulary-missing-waivers-only" -> {
                Files.delete(claims.resolve("vocabulary.yaml"));
                Files.writeString(claims.resolve("claims.yaml"), "waived:\n  - {source: doc, quote: \"Ruritania was"
                        + " founded in 1921.\", reason: a test}\n");
            }
            case "folder-as-claims-file" -> Files.createDirectories(claims.resolve("more.yaml"));
            case "non-utf8-claims" -> Files.write(claims.resolve("claims.yaml"),
                    "claims:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            case "non-utf8-source" -> Files.write(seeds.resolve("doc.txt"),
                    "Ruritania was founded in 1921.[1] Caf\u00e9\n\nReferences\n\n  1. Hope, Anthony (1894). Zenda.\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
            case "cr-only-line-ends" -> Files.writeString(seeds.resolve("doc.txt"),
                    "A first line.\rRuritania was founded in 1921.[1]\rIt had a king.[7]\r\rReferences\r\r"
                            + "  1. Hope, Anthony (1894). The Prisoner of Zenda.\r");
            case "binary-junk-source" -> Files.write(seeds.resolve("doc.txt"), junk(4096));
            case "binary-junk-claims" -> Files.write(claims.resolve("claims.yaml"), junk(4096));
            case "yaml-line-too-long" -> Files.writeString(claims.resolve("claims.yaml"),
                    "claims:\n  - id: a\n    says: " + "x".repeat(25_000) + "\n");
            case "source-too-large" -> Files.write(seeds.resolve("doc.txt"), new byte[3 * 1024 * 1024 / 2]);
            case "claims-too-large" -> Files.writeString(claims.resolve("claims.yaml"),
                    ("# " + "x".repeat(1000) + "\n").repeat(1100));
            case "backtick-html-file-name" -> Files.move(seeds.resolve("doc.txt"),
                    seeds.resolve("a`<img src=x onerror=alert(1)>`.txt"));
            case "pdf-truncated" -> {
                byte[] pdf = pdf(1, null);
                Files.write(seeds.resolve("doc.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
            }
            case "pdf-damaged" -> Files.write(seeds.resolve("doc.pdf"),
                    ("%PDF-1.7\n" + new String(junk(2048), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
            case "pdf-encrypted" -> Files.write(seeds.resolve("doc.pdf"), pdf(1, "secret"));
            case "pdf-too-many-pages" -> Files.write(seeds.resolve("doc.pdf"), pdf(3, null));
            case "pdf-not-a-pdf" -> Files.writeString(seeds.resolve("doc.pdf"), "Ruritania was founded in 1921.\n");
            default -> { }
        }
        return true;
    }

    private static void link(Path link, Path target) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private static boolean mkfifo(Path at) throws IOException {
        Files.deleteIfExists(at);
        try {
            return new ProcessBuilder("mkfifo", at.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The same bytes every run, none of them UTF-8 text. */
    private static byte[] junk(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] pdf(int pages, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText("Ruritania was founded in 1921. Page " + p + ".");
                    s.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
