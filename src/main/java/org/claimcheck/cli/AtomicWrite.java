package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed into place, so that a run
 * that is killed leaves the file as it was. A new file never replaces one that appeared meanwhile.
 */
final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Writes {@code target}, which must not exist; creates its folder. */
    static void create(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        write(target, text, false);
    }

    /** Writes {@code target} over its previous content. */
    static void replace(Path target, String text) throws IOException {
        write(target, text, true);
    }

    private static void write(Path target, String text, boolean replace) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            if (replace) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                try {
                    // a link fails when the name is taken, where a rename may silently replace the file
                    Files.createLink(target, tmp);
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    if (e instanceof java.nio.file.FileAlreadyExistsException taken) throw taken;
                    Files.move(tmp, target); // a file system without links: checked, then renamed
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
