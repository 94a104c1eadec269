package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The workspace files a change touched, by git: those that differ from a ref (committed or not) and new files
 * git does not ignore, relative to the workspace root as locations show them.
 */
final class ChangedFiles {
    /** A ref as git names them (branch, tag, hash, HEAD~2, origin/main); never an option. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._/@{}~^][A-Za-z0-9._/@{}~^-]{0,199}");

    /** Why git could not answer: the caller prints it and exits 2. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private ChangedFiles() {
    }

    static Set<String> since(Path root, String ref) throws Failed {
        if (!REF.matcher(ref).matches()) throw new Failed("'" + ref + "' is not a git ref (a branch, tag or commit)");
        Set<String> files = new TreeSet<>();
        files.addAll(git(root, "diff", "--name-only", "--relative", ref, "--"));
        files.addAll(git(root, "ls-files", "--others", "--exclude-standard"));
        return files;
    }

    private static List<String> git(Path root, String... args) throws Failed {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            // a change of a few thousand files lists in well under a second; a bound keeps a broken git from hanging
            byte[] out = p.getInputStream().readNBytes(16 << 20);
            String err = new String(p.getErrorStream().readNBytes(4096), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Failed("git did not answer within 60 s");
            }
            if (p.exitValue() != 0) {
                throw new Failed("git could not compare: " + err.lines().findFirst().orElse("exit " + p.exitValue()));
            }
            return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new Failed("git is not installed or cannot run (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while git ran");
        }
    }
}
