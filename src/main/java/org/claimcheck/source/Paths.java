package org.claimcheck.source;

import java.nio.file.Path;

/** Repository-relative, forward-slash paths: what every message and report shows, on any platform. */
public final class Paths {
    private Paths() {
    }

    public static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
