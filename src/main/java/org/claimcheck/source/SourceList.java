package org.claimcheck.source;

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
 * A source list as text to add entries to: what it lists (ids and files, read without reading the documents)
 * and its text with new entries appended, in the indentation its entries have. Comments and layout stay as
 * they are; a list that new entries cannot be appended to (a flow list, or one that is not the file's end) is
 * found by reading the result back.
 */
public final class SourceList {
    static final String HEADER = """
            # The source documents that claims quote, each pinned by the sha256 of its bytes: a changed file is
            # reported (source-changed). 'file' is relative to this file. Titles and kinds were guessed from the
            # documents: correct them where they are wrong (see README, 'Sources').
            sources:
            """;

    private final String text;
    private final String display;
    private final String indent;
    private final List<String> ids;
    /** Each listed file's path, absolute and normalized, with the line of its entry. */
    private final Map<Path, Listed> files;

    /** A listed source: its id and the line of its entry. */
    public record Listed(String id, int line) {
    }

    private SourceList(String text, String display, String indent, List<String> ids, Map<Path, Listed> files) {
        this.text = text;
        this.display = display;
        this.indent = indent;
        this.ids = ids;
        this.files = files;
    }

    /** A list not written yet. */
    public static SourceList empty(String display) {
        return new SourceList(HEADER, display, "  ", List.of(), Map.of());
    }

    /** The list in {@code yaml}, or empty after adding its problems (a list that does not read is not touched). */
    public static Optional<SourceList> read(WorkspaceFiles workspace, Path root, Path yaml, Problems problems) {
        String display = Paths.display(root, yaml);
        String text;
        try {
            text = workspace.yaml(yaml);
        } catch (WorkspaceFiles.Refused e) {
            problems.add(new org.claimcheck.yaml.Problem(display, 1, 1, e.getMessage()));
            return Optional.empty();
        }
        int before = problems.count();
        Optional<List<YNode>> items = items(text, display, problems);
        if (items.isEmpty() || problems.count() > before) return Optional.empty();
        List<String> ids = new ArrayList<>();
        Map<Path, Listed> files = new LinkedHashMap<>();
        Path dir = yaml.toAbsolutePath().normalize().getParent();
        for (YNode item : items.get()) {
            YMap e = YMap.of(item, "a source", SourceCatalog.KEYS, problems).orElse(null);
            if (e == null) continue;
            String id = e.text("id", true).orElse("");
            ids.add(id);
            e.text("file", true).ifPresent(f -> {
                Path listed = dir.resolve(f).normalize();
                files.putIfAbsent(listed, new Listed(id, item.line()));
                real(listed).ifPresent(r -> files.putIfAbsent(r, new Listed(id, item.line())));
            });
        }
        if (problems.count() > before) return Optional.empty();
        String indent = items.get().isEmpty() ? "  " : dashIndent(text, items.get().get(0).line());
        return Optional.of(new SourceList(text.endsWith("\n") || text.isEmpty() ? text : text + "\n", display,
                indent, List.copyOf(ids), files));
    }

    private static Optional<List<YNode>> items(String text, String display, Problems problems) {
        return YNode.parse(text, display, problems)
                .flatMap(top -> YMap.of(top, "the sources file", List.of("sources"), problems))
                .map(m -> m.list("sources", true));
    }

    /** The spaces before the "- " of the entry on {@code line}; null when it is not a block list's entry. */
    private static String dashIndent(String text, int line) {
        String l = text.lines().skip(line - 1).findFirst().orElse("");
        int dash = l.indexOf("- ");
        return dash >= 0 && l.substring(0, dash).isBlank() ? l.substring(0, dash) : null;
    }

    public List<String> ids() {
        return ids;
    }

    /** The entry that lists {@code file} already (by its path or, through links, the file itself), if any. */
    public Optional<Listed> listing(Path file) {
        return Optional.ofNullable(files.get(file.toAbsolutePath().normalize()))
                .or(() -> real(file).map(files::get));
    }

    private static Optional<Path> real(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (java.io.IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The text with {@code entries} appended, or empty when the result would not read as this list plus them. */
    public Optional<String> append(List<SourceEntry> entries) {
        if (indent == null) return Optional.empty();
        StringBuilder out = new StringBuilder(text);
        for (SourceEntry e : entries) out.append(e.yaml(indent));
        String result = out.toString();
        List<String> expected = new ArrayList<>(ids);
        entries.forEach(e -> expected.add(e.id()));
        Problems problems = new Problems();
        List<String> got = items(result, display, problems).orElse(List.of()).stream()
                .map(item -> item.isMap() ? YMap.of(item, "a source", SourceCatalog.KEYS, problems)
                        .flatMap(m -> m.text("id", false)).orElse("") : "")
                .toList();
        return problems.isEmpty() && got.equals(expected) ? Optional.of(result) : Optional.empty();
    }
}
