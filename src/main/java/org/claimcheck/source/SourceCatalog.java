package org.claimcheck.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/**
 * Loads {@code sources.yaml} and every document it lists. File paths in it are relative to its own folder;
 * documents are reported by their path relative to the repository root.
 */
public final class SourceCatalog {
    static final List<String> KEYS = List.of("id", "file", "title", "kind", "publisher", "site", "author",
            "date", "url", "licence", "sha256", "boilerplate", "note");

    private SourceCatalog() {
    }

    /** An entry of the list: what it says of its document, the real file it names, and where it names it. */
    public record Listed(SourceInfo info, Path real, YNode fileNode) {
    }

    public static List<Document> load(WorkspaceFiles files, Path root, Path sourcesYaml, Problems problems) {
        List<Document> docs = new ArrayList<>();
        for (Listed l : describe(files, root, sourcesYaml, problems)) {
            try {
                docs.add(DocumentReader.read(l.info(), l.real().getFileName().toString(), files.source(l.real())));
            } catch (WorkspaceFiles.Refused ex) {
                problems.add(l.fileNode(), ex.getMessage());
            } catch (IOException | RuntimeException ex) {
                problems.add(l.fileNode(), "cannot read " + l.info().path() + ": " + ex.getMessage());
            }
        }
        return docs;
    }

    /** The entries of the list, each checked (inside the workspace, a supported file) but not read. */
    public static List<Listed> describe(WorkspaceFiles files, Path root, Path sourcesYaml, Problems problems) {
        String display = Paths.display(root, sourcesYaml);
        if (!Files.exists(sourcesYaml)) {
            problems.add(new org.claimcheck.yaml.Problem(display, 1, 1,
                    "no such file: list the source documents here (see README, 'Sources')"));
            return List.of();
        }
        String yaml;
        try {
            yaml = files.yaml(sourcesYaml);
        } catch (WorkspaceFiles.Refused e) {
            problems.add(new org.claimcheck.yaml.Problem(display, 1, 1, e.getMessage()));
            return List.of();
        }
        Optional<YNode> top = YNode.parse(yaml, display, problems);
        if (top.isEmpty()) return List.of();
        Optional<YMap> file = YMap.of(top.get(), "the sources file", List.of("sources"), problems);
        if (file.isEmpty()) return List.of();
        Map<String, YNode> seen = new LinkedHashMap<>();
        List<Listed> listed = new ArrayList<>();
        for (YNode item : file.get().list("sources", true)) {
            Optional<YMap> entry = YMap.of(item, "a source", KEYS, problems);
            if (entry.isEmpty()) continue;
            YMap e = entry.get();
            BoilerplateEntries boilerplate = BoilerplateEntries.read(e, problems);
            Optional<String> id = e.text("id", true);
            Optional<String> name = e.text("file", true);
            Optional<String> sha = e.text("sha256", false);
            sha.filter(s -> !s.matches("[0-9a-f]{64}"))
                    .ifPresent(s -> problems.add(e.get("sha256").orElseThrow(), "'sha256' must be 64 lowercase hex digits"));
            if (id.isPresent() && seen.containsKey(id.get())) {
                problems.add(e.get("id").orElseThrow(),
                        "duplicate source id '" + id.get() + "' (first at line " + seen.get(id.get()).line() + ")");
                continue;
            }
            id.ifPresent(i -> seen.put(i, e.get("id").orElseThrow()));
            if (id.isEmpty() || name.isEmpty()) continue;
            YNode fileNode = e.get("file").orElseThrow();
            Path path = sourcesYaml.toAbsolutePath().getParent().resolve(name.get()).normalize();
            String shown = Paths.display(root, path);
            Path real;
            try {
                real = files.real(path);
            } catch (WorkspaceFiles.Refused ex) {
                problems.add(fileNode, ex.getMessage());
                continue;
            }
            // the file itself, not a link's name, says what it is
            if (!DocumentReader.supports(real.getFileName().toString())) {
                problems.add(fileNode, "unsupported file type '" + name.get() + "': use one of "
                        + String.join(", ", DocumentReader.EXTENSIONS));
                continue;
            }
            int before = problems.count();
            boilerplate.checkFormat(real.getFileName().toString(), problems);
            if (problems.count() > before) continue;
            SourceInfo info = new SourceInfo(id.get(), shown, e.text("title", false).orElse(id.get()),
                    e.text("kind", false).orElse(""), e.text("publisher", false).or(() -> e.text("site", false)).orElse(""),
                    e.text("licence", false).orElse(""), sha.orElse(""), boilerplate.lines(), boilerplate.selectors(),
                    boilerplate.texts());
            listed.add(new Listed(info, real, fileNode));
        }
        return listed;
    }
}
