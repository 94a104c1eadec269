package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.source.NamedFiles;
import org.claimcheck.source.Paths;
import org.claimcheck.source.SourceEntry;
import org.claimcheck.source.SourceIds;
import org.claimcheck.source.SourceList;
import org.claimcheck.source.WorkspaceFiles;
import org.claimcheck.yaml.InputException;
import org.claimcheck.yaml.Problems;

/**
 * Adds documents to a workspace's source list (creating it when there is none), for {@code init} and
 * {@code sources add}: all of them or, when one is refused, none.
 */
final class ListDocuments {
    private final WorkspaceOptions input;
    private final PrintWriter out;
    private final PrintWriter err;

    ListDocuments(WorkspaceOptions input, PrintWriter out, PrintWriter err) {
        this.input = input;
        this.out = out;
        this.err = err;
    }

    /** Lists {@code files}; returns the exit code: 0 when written, 2 after saying why nothing was. */
    int add(List<NamedFiles.Named> files) {
        Path listPath = input.sourcesList();
        String shownList = Paths.display(input.root, listPath);
        WorkspaceFiles workspace = new WorkspaceFiles(input.root, input.maxSourceMib << 20);
        boolean fresh = !Files.exists(listPath, LinkOption.NOFOLLOW_LINKS);
        Problems problems = new Problems();
        Optional<SourceList> read = fresh ? Optional.of(SourceList.empty(shownList))
                : SourceList.read(workspace, input.root, listPath, problems);
        if (read.isEmpty()) {
            try {
                problems.throwIfAny();
            } catch (InputException e) {
                WorkspaceOptions.report(e, err);
            }
            return 2;
        }
        SourceList list = read.get();
        Set<String> taken = new HashSet<>(list.ids());
        List<SourceEntry> entries = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (NamedFiles.Named f : files) {
            Optional<SourceList.Listed> listed = list.listing(f.path());
            if (listed.isPresent()) {
                refused.add(f.shown() + ": already listed in " + shownList + " as '" + listed.get().id() + "' (line "
                        + listed.get().line() + ")");
                continue;
            }
            String id = SourceIds.forFile(f.path().getFileName().toString(), taken);
            taken.add(id);
            try {
                entries.add(SourceEntry.read(workspace, f.path(), listPath.toAbsolutePath().getParent(), id));
                shown.add(f.shown());
            } catch (WorkspaceFiles.Refused e) {
                refused.add(e.getMessage());
            } catch (IOException | RuntimeException e) {
                refused.add(f.shown() + ": " + e.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            refused.forEach(r -> err.println(ConsoleLine.of(r)));
            err.println(ConsoleLine.of("claimcheck: nothing was added to " + shownList));
            return 2;
        }
        Optional<String> text = list.append(entries);
        if (text.isEmpty()) {
            err.println(ConsoleLine.of(shownList + ": its 'sources' list cannot be added to here (it is written in"
                    + " brackets, or something follows it): add these entries to it by hand"));
            entries.forEach(e -> err.print(e.yaml("  "))); // quoted YAML: no control character gets through
            err.flush();
            return 2;
        }
        try {
            if (fresh) AtomicWrite.create(listPath, text.get());
            else AtomicWrite.replace(listPath, text.get());
        } catch (IOException e) {
            err.println(ConsoleLine.of("claimcheck: cannot write " + shownList + " (" + e.getClass().getSimpleName()
                    + "): nothing was added"));
            return 2;
        }
        for (int i = 0; i < entries.size(); i++) {
            SourceEntry e = entries.get(i);
            out.println(ConsoleLine.of("  + " + e.id() + ": " + shown.get(i) + " (" + e.kind() + ") \""
                    + e.title() + "\""));
        }
        int n = entries.size();
        out.println(ConsoleLine.of("wrote " + shownList + ": " + (fresh ? n + (n == 1 ? " source, pinned" : " sources,"
                + " each pinned") + " by its sha256" : n + (n == 1 ? " source" : " sources") + " added, "
                + (list.ids().size() + n) + " in all")));
        return 0;
    }

    /** The documents {@code paths} name, or null after one line per path that names none. */
    List<NamedFiles.Named> named(List<String> paths) {
        NamedFiles.Found found = NamedFiles.find(paths, Set.of());
        found.notes().forEach(n -> err.println(ConsoleLine.of("claimcheck: " + n)));
        found.errors().forEach(e -> err.println(ConsoleLine.of(e)));
        return found.errors().isEmpty() ? found.files() : null;
    }
}
