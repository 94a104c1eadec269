package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.check.Workspace;
import org.claimcheck.coverage.Draft;
import org.claimcheck.source.Document;
import org.claimcheck.source.DocumentReader;
import org.claimcheck.source.Paths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimcheck draft SOURCE}: a claims file to start recording a source from. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Writes a claims file to start recording a source from: one claim per sentence of its article"
                + " text that carries a date, a number, a citation marker or a name of the vocabulary, with the"
                + " sentence as its exact quote and its markers as cites; 'says' is marked TODO and 'assert' is left"
                + " for you (a comment lists the dates, numbers and entities the sentence states).",
                "Never overwrites a file. Exits 0 when written, 2 on bad input or when the file exists."})
public final class DraftCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions input;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "A source id of the workspace's source list, or a"
            + " document (.txt, .md, .html, .htm, .pdf).")
    String source;

    @Option(names = "--out", paramLabel = "FILE", description = "The claims file to write (default:"
            + " CLAIMS/draft-<source-id>.yaml); it must not exist.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean isPath = DocumentReader.supports(source) && Files.exists(Path.of(source));
        Workspace ws = isPath ? input.loadNamed(List.of(source), java.util.Set.of(), err) : input.load(err);
        if (ws == null) return 2;
        Document doc = isPath ? ws.documents().get(0) : ws.document(source);
        if (doc == null) {
            err.println(ConsoleLine.of(source + ": no such source in " + Paths.display(input.root, input.sourcesList())
                    + " and no such document; name a source id or a document file"));
            return 2;
        }
        Path target = out != null ? out : (input.claims != null ? input.claims : input.root.resolve("claims"))
                .resolve("draft-" + doc.id() + ".yaml");
        String shown = Paths.display(input.root, target);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            err.println(ConsoleLine.of(shown + ": exists; draft never overwrites a file: name another with --out"));
            return 2;
        }
        List<Draft.Sketch> sketches = Draft.of(doc, ws.vocabulary());
        try {
            AtomicWrite.create(target, DraftYaml.render(doc, sketches, "claimcheck draft " + source));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println(ConsoleLine.of(shown + ": exists; draft never overwrites a file: name another with --out"));
            return 2;
        }
        spec.commandLine().getOut().println(ConsoleLine.of("wrote " + shown + ": " + sketches.size() + " claims to"
                + " complete from " + doc.path() + " (fill in 'says' and 'assert'; delete what is not worth a claim)"));
        return 0;
    }
}
