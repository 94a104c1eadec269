package org.claimcheck.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents a user names on the command line. A file is read as named, wherever it is and whatever links
 * lead to it: it is the user's own choice. A folder gives its own documents (not its subfolders'), in name
 * order, skipping hidden files and other extensions; a link in it that leads out of the folder, or to anything
 * but a regular document file, is skipped with a note. Each file is shown as the user typed it (a folder's
 * files as {@code folder/name}), never resolved to an absolute path.
 */
public final class NamedFiles {
    /** More documents than this in one run are refused: name fewer, or a smaller folder. */
    public static final int MAX_FILES = 1000;

    /** A document to read: how it is shown, the path as named, the real file behind it. */
    public record Named(String shown, Path path, Path real) {
    }

    /**
     * What the arguments name: the documents, one line per argument that names none (the run stops), and notes
     * on what a folder's listing skipped (the run goes on).
     */
    public record Found(List<Named> files, List<String> errors, List<String> notes) {
    }

    private final Map<Path, Named> files = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<Path> skip;

    private NamedFiles(Set<Path> skip) {
        this.skip = skip;
    }

    /** The documents {@code args} name; {@code skip} holds real paths never taken (the reports this run writes). */
    public static Found find(List<String> args, Set<Path> skip) {
        NamedFiles found = new NamedFiles(skip);
        for (String arg : args) {
            if (found.files.size() > MAX_FILES) break;
            found.add(arg);
        }
        if (found.files.size() > MAX_FILES) {
            found.errors.add("more than " + MAX_FILES + " documents named: check fewer files or smaller folders at a time");
        }
        return new Found(List.copyOf(found.files.values()), List.copyOf(found.errors), List.copyOf(found.notes));
    }

    private void add(String arg) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            errors.add(arg + ": not a valid path");
            return;
        }
        String shown = shown(path);
        if (!Files.exists(path)) {
            errors.add(shown + ": no such file or folder");
        } else if (Files.isDirectory(path)) {
            folder(path, shown);
        } else {
            Path real = real(path);
            if (real == null || !DocumentReader.supports(real.getFileName().toString())) {
                errors.add(shown + ": not a document claimcheck reads: name " + extensions() + " files, or a folder of them");
            } else if (!skip.contains(real)) {
                files.putIfAbsent(real, new Named(shown, path, real));
            }
        }
    }

    private void folder(Path dir, String shown) {
        Path realDir = real(dir);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            for (Path p : list) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && DocumentReader.supports(name)) entries.add(p);
                if (entries.size() > MAX_FILES) break;
            }
        } catch (IOException e) {
            errors.add(shown + ": cannot list this folder (" + e.getClass().getSimpleName() + ")");
            return;
        }
        if (entries.isEmpty()) {
            errors.add(shown + ": no " + extensions() + " files in this folder (its subfolders are not searched)");
            return;
        }
        entries.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        for (Path p : entries) {
            String name = shown.isEmpty() ? p.getFileName().toString() : shown + "/" + p.getFileName();
            Path real = real(p);
            if (real == null || realDir == null || !real.startsWith(realDir)) {
                notes.add("skipped " + name + ": a link that leads out of " + (shown.isEmpty() ? "the folder" : shown));
            } else if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    || !DocumentReader.supports(real.getFileName().toString())) {
                notes.add("skipped " + name + ": not a regular " + extensions() + " file");
            } else if (!skip.contains(real)) {
                files.putIfAbsent(real, new Named(name, p, real));
            }
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The path as typed, tidied ("./a/../b.html" is "b.html"); an absolute one relative to the current folder. */
    public static String shown(Path typed) {
        Path tidy = typed.normalize();
        return tidy.isAbsolute() ? Paths.display(Path.of(""), tidy) : tidy.toString().replace('\\', '/');
    }

    static String extensions() {
        List<String> all = DocumentReader.EXTENSIONS;
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
