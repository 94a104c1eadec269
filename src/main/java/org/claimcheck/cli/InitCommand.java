package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimcheck.source.NamedFiles;
import org.claimcheck.source.Paths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimcheck init [PATH…]}: a workspace for recording claims about documents. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Sets up a workspace in ROOT for recording claims: writes the source list"
                + " (seeds/sources.yaml) for the documents named, or else for those in ROOT and ROOT/seeds, and an"
                + " empty vocabulary (claims/vocabulary.yaml). Ids, titles, kinds and sha256 pins are taken from"
                + " the documents. A file that exists is left as it is.",
                "Exits 0 when it wrote something, 2 when it wrote nothing."})
public final class InitCommand implements Callable<Integer> {
    public static final String VOCABULARY = """
            # The entities and properties that claims refer to by id (see README, 'Claims'), for example:
            #   entities:
            #     - {id: ruritania, name: Ruritania, variants: [Kingdom of Ruritania], kind: state}
            #   properties:
            #     - {id: founded, label: founded, type: date, single: true}
            entities: []
            properties: []
            """;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions input;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "A document (.txt, .md, .html, .htm, .pdf)"
            + " inside ROOT, or a folder of them (its own files, not its subfolders').")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!input.usable(err)) return 2;
        ListDocuments lister = new ListDocuments(input, out, err);
        Path list = input.sourcesList();
        String shownList = Paths.display(input.root, list);
        boolean wrote = false;
        if (Files.exists(list, LinkOption.NOFOLLOW_LINKS)) {
            if (paths != null && !paths.isEmpty()) {
                err.println(ConsoleLine.of(shownList + " exists already: add documents to it with 'claimcheck sources"
                        + " add FILE…'"));
                return 2;
            }
            out.println(ConsoleLine.of(shownList + " exists: left as it is"));
        } else {
            List<NamedFiles.Named> files = paths != null && !paths.isEmpty() ? lister.named(paths) : found(err);
            if (files == null) return 2;
            int code = lister.add(files);
            if (code != 0) return code;
            wrote = true;
        }
        Path vocabulary = (input.claims != null ? input.claims : input.root.resolve("claims")).resolve("vocabulary.yaml");
        String shownVocabulary = Paths.display(input.root, vocabulary);
        if (Files.exists(vocabulary, LinkOption.NOFOLLOW_LINKS)) {
            out.println(ConsoleLine.of(shownVocabulary + " exists: left as it is"));
        } else {
            try {
                AtomicWrite.create(vocabulary, VOCABULARY);
                out.println(ConsoleLine.of("wrote " + shownVocabulary + ": no entities or properties yet; add those"
                        + " that claims name"));
                wrote = true;
            } catch (IOException e) {
                err.println(ConsoleLine.of("claimcheck: cannot write " + shownVocabulary + " ("
                        + e.getClass().getSimpleName() + ")"));
                return 2;
            }
        }
        if (!wrote) {
            err.println("claimcheck: nothing was written: this workspace is set up ('claimcheck check' checks it)");
            return 2;
        }
        out.println("next: 'claimcheck check' checks the listed documents; record claims in claims/*.yaml (see README,"
                + " 'Claims')");
        return 0;
    }

    /** The documents in ROOT and ROOT/seeds, or null after saying there are none. */
    private List<NamedFiles.Named> found(PrintWriter err) {
        List<NamedFiles.Named> files = new ArrayList<>();
        for (Path dir : List.of(input.root, input.root.resolve("seeds"))) {
            if (!Files.isDirectory(dir)) continue;
            NamedFiles.Found f = NamedFiles.find(List.of(dir.toString()), Set.of());
            f.notes().forEach(n -> err.println(ConsoleLine.of("claimcheck: " + n)));
            if (f.errors().isEmpty()) files.addAll(f.files());
        }
        if (files.isEmpty()) {
            String here = Paths.display(Path.of(""), input.root);
            err.println(ConsoleLine.of("claimcheck: no documents in " + (here.isEmpty() ? "." : here)
                    + " or its seeds folder: name them ('claimcheck init FILE|FOLDER…')"));
            return null;
        }
        return files;
    }
}
