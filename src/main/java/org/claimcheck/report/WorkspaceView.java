package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Quote;
import org.claimcheck.source.Document;

/**
 * What the HTML report shows besides the findings: every source's text with its anchored quotes and its
 * markers (by path), and what each claim says in plain words (by claim id). The other formats ignore it.
 */
public record WorkspaceView(List<SourceText> documents, Map<String, String> says) {
    public WorkspaceView {
        documents = List.copyOf(documents);
        says = Map.copyOf(says);
    }

    public static WorkspaceView of(Workspace ws) {
        Map<String, List<SourceText.Span>> quotes = new LinkedHashMap<>();
        Map<String, String> says = new LinkedHashMap<>();
        for (Claim c : ws.claims()) {
            says.put(c.id(), c.says() == null ? "" : c.says());
            for (Quote q : c.quotes()) {
                if (ws.document(q.source()) == null) continue;
                Anchor a = ws.anchor(q);
                if (a.found()) {
                    quotes.computeIfAbsent(q.source(), k -> new ArrayList<>())
                            .add(new SourceText.Span(a.start(), a.end(), c.id(), q.place().toString()));
                }
            }
        }
        List<SourceText> docs = new ArrayList<>();
        for (Document d : ws.documents()) {
            List<SourceText.Span> markers = d.markers().stream()
                    .map(m -> new SourceText.Span(m.start(), m.end(), m.label(), null)).toList();
            docs.add(new SourceText(d.path(), d.info().title(), d.text(), d::position,
                    quotes.getOrDefault(d.id(), List.of()), markers));
        }
        docs.sort(Comparator.comparing(SourceText::path));
        return new WorkspaceView(docs, says);
    }
}
