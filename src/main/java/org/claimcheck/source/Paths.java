package org.claimcheck.source;

import java.nio.file.Path;

/** Repository-relative, forward-slash paths: what every message and report shows, on any platform. */
public final class Paths {
    private Paths() {
    }

    public static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        // a path outside the root is shown as "../…" too: no output names the machine's folders
        Path shown = abs.getRoot() != null && abs.getRoot().equals(base.getRoot()) ? base.relativize(abs) : abs.getFileName();
        return shown.toString().replace('\\', '/');
    }
}
