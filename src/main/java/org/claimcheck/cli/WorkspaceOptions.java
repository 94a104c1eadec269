package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.yaml.InputException;
import org.claimcheck.yaml.Problem;
import picocli.CommandLine.Option;

/** Where the sources and claims are: shared by every command that loads them. */
final class WorkspaceOptions {
    @Option(names = "--root", defaultValue = ".", paramLabel = "DIR",
            description = "Repository root; paths in output are relative to it (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--sources", paramLabel = "FILE", description = "Source list (default: ROOT/seeds/sources.yaml).")
    Path sources;

    @Option(names = "--claims", paramLabel = "DIR", description = "Claims folder (default: ROOT/claims).")
    Path claims;

    @Option(names = "--max-source-mib", defaultValue = "64", paramLabel = "MIB",
            description = "Largest source document read, in MiB; a larger one is refused (default: ${DEFAULT-VALUE}).")
    long maxSourceMib;

    /** The loaded workspace, or null after printing every input problem (the caller exits 2). */
    Workspace load(PrintWriter stderr) {
        try {
            if (!java.nio.file.Files.isDirectory(root)) {
                stderr.println("--root: not an existing folder: name the folder that holds the sources and claims");
                return null;
            }
            if (maxSourceMib < 1 || maxSourceMib > 2047) {
                stderr.println("--max-source-mib: must be a whole number from 1 to 2047, not " + maxSourceMib);
                return null;
            }
            return WorkspaceLoader.load(root, sources != null ? sources : root.resolve("seeds/sources.yaml"),
                    claims != null ? claims : root.resolve("claims"), maxSourceMib << 20);
        } catch (InputException e) {
            for (Problem p : e.problems()) stderr.println(ConsoleLine.of(p.toString()));
            stderr.println("claimcheck: " + e.problems().size() + " input problem" + (e.problems().size() == 1 ? "" : "s")
                    + "; fix them and run again");
            return null;
        }
    }
}
