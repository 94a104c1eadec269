package org.claimcheck.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A new entry of a source list, made from the document itself: its id from the file name, its title from its
 * text, its kind from its extension, and the sha256 of its bytes, so that nobody types a hash.
 *
 * @param file the document's path relative to the list's folder, with forward slashes
 */
public record SourceEntry(String id, String file, String title, String kind, String sha256) {

    /**
     * Reads {@code document} (inside the workspace, as every listed file must be) for the entry that lists it
     * in a list kept in {@code listDir}.
     */
    public static SourceEntry read(WorkspaceFiles workspace, Path document, Path listDir, String id) throws IOException {
        Path real = workspace.real(document);
        String name = real.getFileName().toString();
        byte[] bytes = workspace.source(document);
        String kind = NamedDocuments.kind(name);
        Document doc = DocumentReader.read(new SourceInfo(id, "", "", kind, "", "", "", List.of()), name, bytes);
        String file = listDir.toAbsolutePath().normalize().relativize(document.toAbsolutePath().normalize()).toString();
        return new SourceEntry(id, file.replace('\\', '/'), DocumentTitle.of(doc, name, bytes), kind, doc.actualSha256());
    }

    /** The entry as YAML, its "- " after {@code indent}; strings double-quoted so that no title can break it. */
    public String yaml(String indent) {
        String in = indent + "  ";
        return indent + "- id: " + id + "\n"
                + in + "file: " + quoted(file) + "\n"
                + (title.isEmpty() ? "" : in + "title: " + quoted(title) + "\n")
                + in + "kind: " + kind + "\n"
                + in + "sha256: " + sha256 + "\n";
    }

    /**
     * A YAML double-quoted scalar: backslash, quote and every control or invisible separator escaped (a lone
     * surrogate, which YAML cannot hold, is the replacement character).
     */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (Character.isSurrogate(c) && !validPair(s, i)) out.append('\uFFFD');
            else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
