package org.claimcheck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.source.NamedFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimcheck sources add FILE…}: lists documents in the source list, with ids, titles and hashes. */
@Command(name = "sources", mixinStandardHelpOptions = true, subcommands = SourcesCommand.Add.class,
        description = "Edits the workspace's source list (ROOT/seeds/sources.yaml).")
public final class SourcesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: claimcheck sources add FILE…");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds documents to the source list, creating it when there is none: each gets an id from"
                    + " its file name (kebab-case, unique in the list), a title from its text, a kind from its"
                    + " extension and the sha256 of its bytes. The list is rewritten whole or not at all: a document"
                    + " that is listed already, lies outside ROOT or cannot be read adds nothing.",
                    "Exits 0 when the documents were added, 2 when nothing was."})
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        WorkspaceOptions input;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "A document (.txt, .md, .html, .htm, .pdf)"
                + " inside ROOT, or a folder of them (its own files, not its subfolders').")
        List<String> paths;

        @Override
        public Integer call() {
            ListDocuments lister = new ListDocuments(input, spec.commandLine().getOut(), spec.commandLine().getErr());
            if (!input.usable(spec.commandLine().getErr())) return 2;
            List<NamedFiles.Named> files = lister.named(paths);
            return files == null ? 2 : lister.add(files);
        }
    }
}
