package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.source.DocumentReader;
import org.claimcheck.source.Paths;
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

    @Option(names = "--claims", paramLabel = "DIR",
            description = "Claims folder (default: ROOT/claims, when it exists: until there are claims, none is needed).")
    Path claims;

    @Option(names = "--max-source-mib", defaultValue = "64", paramLabel = "MIB",
            description = "Largest source document read, in MiB; a larger one is refused (default: ${DEFAULT-VALUE}).")
    long maxSourceMib;

    /** The claims folder named, else ROOT/claims when there is one, else null: no claims yet. */
    Path claimsDir() {
        if (claims != null) return claims;
        Path dir = root.resolve("claims");
        return java.nio.file.Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? dir : null;
    }

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
            if (sources != null && DocumentReader.supports(sources.toString())) {
                stderr.println(ConsoleLine.of("--sources names the source list (a YAML file), not a document: to check "
                        + sources + " as it is, run 'claimcheck check " + sources + "'"));
                return null;
            }
            Path list = sources != null ? sources : root.resolve("seeds/sources.yaml");
            if (sources == null && !java.nio.file.Files.exists(list, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                stderr.println(ConsoleLine.of(Paths.display(root, list) + ": not found; to check documents as they"
                        + " are, name them ('claimcheck check FILE|FOLDER…'); to record claims, list them with"
                        + " 'claimcheck init' (see README)"));
                return null;
            }
            return WorkspaceLoader.load(root, list,
                    claimsDir(), maxSourceMib << 20);
        } catch (InputException e) {
            for (Problem p : e.problems()) stderr.println(ConsoleLine.of(p.toString()));
            stderr.println("claimcheck: " + e.problems().size() + " input problem" + (e.problems().size() == 1 ? "" : "s")
                    + "; fix them and run again");
            return null;
        }
    }
}
