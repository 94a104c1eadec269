package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.source.DocumentReader;
import org.claimcheck.source.NamedFiles;
import org.claimcheck.source.Paths;
import org.claimcheck.yaml.InputException;
import org.claimcheck.yaml.Problem;
import picocli.CommandLine.Option;

/** Where the sources and claims are: shared by every command that loads them. */
final class WorkspaceOptions {
    @Option(names = "--root", defaultValue = ".", paramLabel = "DIR",
            description = "The workspace: the folder of seeds/sources.yaml, claims/ and reports/; only files"
                    + " inside it are listed, and its files are shown relative to it (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--sources", paramLabel = "FILE", description = "Source list (default: ROOT/seeds/sources.yaml).")
    Path sources;

    @Option(names = "--claims", paramLabel = "DIR",
            description = "Claims folder (default: ROOT/claims, when it exists: until there are claims, none is needed).")
    Path claims;

    @Option(names = "--max-source-mib", defaultValue = "64", paramLabel = "MIB",
            description = "Largest source document read, in MiB; a larger one is refused (default: ${DEFAULT-VALUE}).")
    long maxSourceMib;

    /** The source list named, else ROOT/seeds/sources.yaml. */
    Path sourcesList() {
        return sources != null ? sources : root.resolve("seeds/sources.yaml");
    }

    /** The claims folder named, else ROOT/claims when there is one, else null: no claims yet. */
    Path claimsDir() {
        if (claims != null) return claims;
        Path dir = root.resolve("claims");
        return Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? dir : null;
    }

    /** The loaded workspace, or null after printing every input problem (the caller exits 2). */
    Workspace load(PrintWriter stderr) {
        try {
            if (!usable(stderr)) return null;
            if (sources != null && DocumentReader.supports(sources.toString())) {
                stderr.println(ConsoleLine.of("--sources names the source list (a YAML file), not a document: to check "
                        + sources + " as it is, run 'claimcheck check " + sources + "'"));
                return null;
            }
            Path list = sourcesList();
            if (sources == null && !Files.exists(list, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                stderr.println(ConsoleLine.of(Paths.display(root, list) + ": not found; to check documents as they"
                        + " are, name them ('claimcheck check FILE|FOLDER…'); to record claims, list them with"
                        + " 'claimcheck init' (see README)"));
                return null;
            }
            return WorkspaceLoader.load(root, list, claimsDir(), maxSourceMib << 20);
        } catch (InputException e) {
            report(e, stderr);
            return null;
        }
    }

    /**
     * The documents {@code paths} name, with the claims that quote only them, or null after printing what is
     * wrong: one line per path that names no document, or every input problem.
     */
    Workspace loadNamed(List<String> paths, Set<Path> skip, PrintWriter stderr) {
        if (!usable(stderr)) return null;
        if (sources != null) {
            stderr.println("--sources: documents named on the command line are read as they are, without a source"
                    + " list: give the documents or --sources, not both");
            return null;
        }
        NamedFiles.Found found = NamedFiles.find(paths, skip);
        found.notes().forEach(n -> stderr.println(ConsoleLine.of("claimcheck: " + n)));
        found.errors().forEach(e -> stderr.println(ConsoleLine.of(e)));
        if (!found.errors().isEmpty()) return null;
        try {
            Path list = Files.exists(sourcesList(), java.nio.file.LinkOption.NOFOLLOW_LINKS) ? sourcesList() : null;
            WorkspaceLoader.Named named = WorkspaceLoader.loadNamed(root, found.files(), list, claimsDir(),
                    maxSourceMib << 20);
            int n = named.leftOut().size();
            if (n > 0) {
                List<String> others = List.copyOf(named.otherSources());
                stderr.println(ConsoleLine.of("claimcheck: " + n + (n == 1 ? " claim" : " claims") + " not checked: "
                        + (n == 1 ? "it quotes" : "they quote") + " sources not named here ("
                        + String.join(", ", others.subList(0, Math.min(5, others.size())))
                        + (others.size() > 5 ? ", …" : "") + ")"));
            }
            return named.workspace();
        } catch (InputException e) {
            report(e, stderr);
            return null;
        }
    }

    boolean usable(PrintWriter stderr) {
        if (!Files.isDirectory(root)) {
            stderr.println("--root: not an existing folder: name the folder that holds the sources and claims");
            return false;
        }
        if (maxSourceMib < 1 || maxSourceMib > 2047) {
            stderr.println("--max-source-mib: must be a whole number from 1 to 2047, not " + maxSourceMib);
            return false;
        }
        return true;
    }

    /** One line per problem, then how many; the caller exits 2. */
    static void report(InputException e, PrintWriter stderr) {
        for (Problem p : e.problems()) stderr.println(ConsoleLine.of(p.toString()));
        stderr.println("claimcheck: " + e.problems().size() + " input problem" + (e.problems().size() == 1 ? "" : "s")
                + "; fix them and run again");
    }
}
