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
public record WorkspaceView(List<AnnotatedText> documents, Map<String, String> says) {
    /** No texts: for reports built without a workspace (tests of the other formats). */
    public static final WorkspaceView EMPTY = new WorkspaceView(List.of(), Map.of());

    public WorkspaceView {
        documents = List.copyOf(documents);
        says = Map.copyOf(says);
    }

    public static WorkspaceView of(Workspace ws) {
        Map<String, List<AnnotatedText.Span>> quotes = new LinkedHashMap<>();
        Map<String, String> says = new LinkedHashMap<>();
        for (Claim c : ws.claims()) {
            says.put(c.id(), c.says() == null ? "" : c.says());
            for (Quote q : c.quotes()) {
                if (ws.document(q.source()) == null) continue;
                Anchor a = ws.anchor(q);
                if (a.found()) {
                    quotes.computeIfAbsent(q.source(), k -> new ArrayList<>())
                            .add(new AnnotatedText.Span(a.start(), a.end(), c.id(), q.place().toString()));
                }
            }
        }
        List<AnnotatedText> docs = new ArrayList<>();
        for (Document d : ws.documents()) {
            List<AnnotatedText.Span> markers = d.markers().stream()
                    .map(m -> new AnnotatedText.Span(m.start(), m.end(), m.label(), null)).toList();
            docs.add(new AnnotatedText(d.path(), d.info().title(), d.text(), d::position,
                    quotes.getOrDefault(d.id(), List.of()), markers));
        }
        docs.sort(Comparator.comparing(AnnotatedText::path));
        return new WorkspaceView(docs, says);
    }
}
