package org.claimcheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.report.HtmlModel.ClaimRef;
import org.claimcheck.report.HtmlModel.EvidenceView;
import org.claimcheck.report.HtmlModel.FindingView;

/**
 * Turns findings into what the HTML report shows: each piece of evidence in its paragraph with the claim
 * entries that quote it, and, per document, the spans the findings point at (for the document views).
 */
final class FindingViews {
    private final Evidence evidence;
    private final Map<String, String> says;
    private final Map<String, String> tokens;
    private final Map<String, List<DocumentViews.Hit>> hits = new HashMap<>();
    private final Map<AnnotatedText, Map<Long, List<String>>> quotedBy = new java.util.IdentityHashMap<>();

    /** {@code tokens} names every file a finding or document view points into (path to token). */
    FindingViews(WorkspaceView view, Map<String, String> tokens) {
        this.evidence = new Evidence(view.documents());
        this.says = view.says();
        this.tokens = tokens;
    }

    FindingView view(int number, Finding f, HtmlModel.DisputeRef dispute) {
        Map<String, ClaimRef> claims = new LinkedHashMap<>();
        // a finding is in the documents its evidence is in; one about claim files alone is in those
        Set<String> files = new LinkedHashSet<>();
        Set<String> claimFiles = new LinkedHashSet<>();
        for (Location l : f.locations()) {
            (l.isClaimFile() ? claimFiles : files).add(tokens.get(l.file()));
            if (l.isClaimFile()) claims.putIfAbsent(l.text(), new ClaimRef(l.text(), l.toString(), says.get(l.text())));
        }
        if (files.isEmpty()) files = claimFiles;
        long pieces = f.locations().stream().filter(l -> !l.isClaimFile()).count();
        int around = pieces > HtmlModel.FindingView.SIDE_BY_SIDE ? Evidence.AROUND_MANY : Evidence.AROUND;
        Set<ClaimRef> attached = new LinkedHashSet<>();
        List<EvidenceView> views = new ArrayList<>();
        for (Location l : f.locations()) {
            if (l.isClaimFile()) continue;
            Evidence.Excerpt x = evidence.excerpt(l, around);
            String place = l + (l.page() > 0 ? " (page " + l.page() + ")" : "");
            List<ClaimRef> quoting = new ArrayList<>();
            String href = null;
            if (x.at() >= 0) {
                AnnotatedText d = evidence.document(l);
                int end = x.at() + l.text().length();
                for (String claim : quotes(d).getOrDefault(key(x.at(), end), List.of())) {
                    ClaimRef ref = claims.get(claim);
                    if (ref != null && !quoting.contains(ref)) quoting.add(ref);
                }
                attached.addAll(quoting);
                hits.computeIfAbsent(d.path(), k -> new ArrayList<>())
                        .add(new DocumentViews.Hit(x.at(), end, number, f.rule(), f.message()));
                if (end <= DocumentViews.shown(d.text())) href = "#" + DocumentViews.spanId(tokens.get(d.path()), x.at(), end);
            }
            views.add(new EvidenceView(place, href, x.before(), x.marked(), x.after(), quoting));
        }
        List<ClaimRef> rest = claims.values().stream().filter(c -> !attached.contains(c)).toList();
        return new FindingView(number, f.rule(), f.severity().id(), f.message(), String.join(" ", files), views, rest,
                f.fix(), dispute);
    }

    /** The spans findings point at in the document with this path, in finding order. */
    List<DocumentViews.Hit> hits(String path) {
        return hits.getOrDefault(path, List.of());
    }

    private Map<Long, List<String>> quotes(AnnotatedText d) {
        return quotedBy.computeIfAbsent(d, doc -> {
            Map<Long, List<String>> byspan = new HashMap<>();
            for (AnnotatedText.Span q : doc.quotes()) byspan.computeIfAbsent(key(q.start(), q.end()), k -> new ArrayList<>()).add(q.label());
            return byspan;
        });
    }

    static long key(int start, int end) {
        return (long) start << 32 | end;
    }
}
