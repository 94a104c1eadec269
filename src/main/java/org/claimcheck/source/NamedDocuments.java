package org.claimcheck.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimcheck.yaml.Problem;
import org.claimcheck.yaml.Problems;

/**
 * Reads the documents named on the command line. One that the workspace's source list lists is described by
 * its entry (id, title, boilerplate, sha256 pin), so that the claims quoting it find it; any other gets an id
 * from its file name (never one the list gives another document), a title from its text, a kind from its
 * extension, and no pin. A document that cannot be read is a problem at its name (line 0: the file as a whole).
 */
public final class NamedDocuments {
    private NamedDocuments() {
    }

    public static List<Document> read(List<NamedFiles.Named> files, List<SourceCatalog.Listed> listed, long maxBytes,
            Problems problems) {
        Map<Path, SourceInfo> described = new HashMap<>();
        listed.forEach(l -> described.putIfAbsent(l.real(), l.info()));
        Set<String> ids = new HashSet<>();
        listed.forEach(l -> ids.add(l.info().id()));
        List<Document> docs = new ArrayList<>();
        for (NamedFiles.Named f : files) {
            SourceInfo entry = described.get(f.real());
            String id = entry != null ? entry.id() : SourceIds.forFile(f.path().getFileName().toString(), ids);
            ids.add(id);
            String realName = f.real().getFileName().toString();
            SourceInfo info = entry != null ? new SourceInfo(id, f.shown(), entry.title(), entry.kind(),
                    entry.publisher(), entry.licence(), entry.sha256(), entry.boilerplate())
                    : new SourceInfo(id, f.shown(), "", kind(realName), "", "", "", List.of());
            try {
                byte[] bytes = WorkspaceFiles.named(f.real(), maxBytes);
                Document doc = DocumentReader.read(info, realName, bytes);
                docs.add(entry != null ? doc : doc.withInfo(new SourceInfo(id, f.shown(),
                        DocumentTitle.of(doc, realName, bytes), info.kind(), "", "", "", List.of())));
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
