package org.claimcheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The files a check may read: inside the workspace root once every link is followed, regular files (never a
 * directory, device or pipe, which could hang or never end), and no larger than a limit checked before reading.
 * A claims file or a source list on a pull request can name any path; this is where such a path is refused.
 */
public final class WorkspaceFiles {
    /** Default largest source document: a long PDF is tens of megabytes. */
    public static final long SOURCE_BYTES = 64L << 20;
    /** Largest YAML file: the YAML reader refuses documents of more than 3 Mi code points anyway. */
    public static final long YAML_BYTES = 3L << 20;

    private final Path root;
    private final Path realRoot;
    private final long maxSourceBytes;

    /** A refused or unreadable file, with the sentence that says why and what to do. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    public WorkspaceFiles(Path root, long maxSourceBytes) {
        this.root = root;
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize();
        }
        this.realRoot = real;
        this.maxSourceBytes = maxSourceBytes;
    }

    /** A source document's bytes, read only after the checks. */
    public byte[] source(Path file) throws Refused {
        return read(file, maxSourceBytes, "--max-source-mib");
    }

    /** A YAML file (source list, claims, vocabulary) as text; it must be UTF-8. */
    public String yaml(Path file) throws Refused {
        byte[] bytes = read(file, YAML_BYTES, null);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused(shown(file) + " is not UTF-8 text: save it as UTF-8");
        }
    }

    /** The file's real path (links followed), for choosing a reader by what the file is, not by a link's name. */
    public Path real(Path file) throws Refused {
        check(file);
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new Refused("cannot read " + shown(file) + ": " + e.getClass().getSimpleName());
        }
    }

    /** Whether a folder (the claims folder) is inside the workspace; null when it is, else why not. */
    public String folderRefusal(Path dir) {
        try {
            return dir.toRealPath().startsWith(realRoot) ? null : outside(dir);
        } catch (IOException e) {
            return null; // a missing folder is reported by its reader
        }
    }

    private byte[] read(Path file, long max, String option) throws Refused {
        return bounded(file, check(file), max, option, shown(file));
    }

    /**
     * A document the user named on the command line: their own choice, so it may lie anywhere and be reached by
     * links, but it must still be a regular file within the size limit. The messages leave out its name: the
     * caller puts it first.
     */
    public static byte[] named(Path file, long max) throws Refused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file.toRealPath(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new Refused("no such file");
        } catch (IOException e) {
            throw new Refused("cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        if (!attributes.isRegularFile()) throw new Refused("not a regular file (a folder, device or pipe): name a file");
        return bounded(file, attributes.size(), max, "--max-source-mib", null);
    }

    /** Reads at most {@code max} bytes; {@code shown} names the file in messages (null: they leave it out). */
    private static byte[] bounded(Path file, long size, long max, String option, String shown) throws Refused {
        if (size > max) throw tooLarge(shown, size, max, option);
        try (InputStream in = Files.newInputStream(file)) {
            // the size was checked, but a file can grow while it is read: never take more than the limit
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) throw tooLarge(shown, bytes.length, max, option);
            return bytes;
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused(shown == null ? "cannot read it (" + e.getClass().getSimpleName() + ")"
                    : "cannot read " + shown + ": " + e.getClass().getSimpleName());
        }
    }

    /** The checks before anything is opened; returns the file's size. */
    private long check(Path file) throws Refused {
        if (!file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
            throw new Refused(outside(file));
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = file.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new Refused("no such file: " + shown(file));
        } catch (IOException e) {
            throw new Refused("cannot read " + shown(file) + ": " + e.getClass().getSimpleName());
        }
        if (!real.startsWith(realRoot)) throw new Refused(outside(file));
        if (!attributes.isRegularFile()) {
            throw new Refused(shown(file) + " is not a regular file (a folder, device or pipe): name a file");
        }
        return attributes.size();
    }

    private String outside(Path file) {
        return shown(file) + " leads outside the workspace root (by a link or '..'): only files inside --root are read";
    }

    private static Refused tooLarge(String shown, long size, long max, String option) {
        return new Refused((shown == null ? "it" : shown) + " has " + size + " bytes, more than the limit of " + max
                + (option == null ? "" : " (raise it with " + option + ")"));
    }

    private String shown(Path file) {
        return Paths.display(root, file);
    }
}
