package org.claimcheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Result;

/** The reports of one run, written so that they appear together or not at all. */
final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes every report to a temporary file beside its target first, then renames them one after the other:
     * a reader never sees half a report, and a run killed while writing leaves the previous run's reports
     * whole. Temporary files left by a killed run are removed first. Files are created as any other (the
     * umask decides their permissions).
     */
    static void writeAll(Set<ReportFormat> chosen, Result result, Path outDir) throws IOException {
        try (var old = Files.newDirectoryStream(outDir, ".claimcheck*.tmp")) {
            for (Path p : old) Files.deleteIfExists(p);
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (ReportFormat f : chosen) {
                // one prefix for every report, so that the clean-up above finds what any killed run left
                Path tmp = outDir.resolve(".claimcheck-" + f.fileName() + "." + UUID.randomUUID() + ".tmp");
                staged.put(tmp, outDir.resolve(f.fileName()));
                // a lenient writer: a lone surrogate from input becomes '?' instead of failing the write
                try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(tmp,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                    f.report().write(result, w);
                }
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path tmp : staged.keySet()) Files.deleteIfExists(tmp);
        }
    }
}
