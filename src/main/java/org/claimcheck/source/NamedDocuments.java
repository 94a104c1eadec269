package org.claimcheck.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.yaml.Problem;
import org.claimcheck.yaml.Problems;

/**
 * Reads the documents named on the command line, which no source list describes: each gets an id from its
 * file name, a title from its text, a kind from its extension, and no sha256 pin. A document that cannot be
 * read is a problem at its name (line 0: the file as a whole).
 */
public final class NamedDocuments {
    private NamedDocuments() {
    }

    public static List<Document> read(List<NamedFiles.Named> files, long maxBytes, Problems problems) {
        Set<String> ids = new HashSet<>();
        List<Document> docs = new ArrayList<>();
        for (NamedFiles.Named f : files) {
            String id = SourceIds.forFile(f.path().getFileName().toString(), ids);
            ids.add(id);
            String realName = f.real().getFileName().toString();
            SourceInfo info = new SourceInfo(id, f.shown(), "", kind(realName), "", "", "", List.of());
            try {
                byte[] bytes = WorkspaceFiles.named(f.real(), maxBytes);
                Document doc = DocumentReader.read(info, realName, bytes);
                docs.add(doc.withInfo(new SourceInfo(id, f.shown(), DocumentTitle.of(doc, realName, bytes),
                        info.kind(), "", "", "", List.of())));
            } catch (WorkspaceFiles.Refused e) {
                problems.add(new Problem(f.shown(), 0, 0, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(f.shown(), 0, 0, e.getMessage()));
            }
        }
        return docs;
    }

    /** What a document is, guessed from its extension: edit it in the source list where the guess is wrong. */
    public static String kind(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) return "paper";
        if (lower.endsWith(".html") || lower.endsWith(".htm")) return "web-page";
        return "text";
    }
}
