package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.check.Location;
import org.claimcheck.claim.Dispute;
import org.claimcheck.report.HtmlModel.DisputeRef;
import org.claimcheck.report.HtmlModel.DisputeSection;
import org.claimcheck.report.HtmlModel.PositionView;
import org.claimcheck.report.HtmlModel.SaidRow;

/** The HTML report's disputes: the note on an acknowledged finding, and each dispute's section. */
final class HtmlDisputes {
    private HtmlDisputes() {
    }

    /** Dispute ids are kebab-case (the loader checks), so they make element ids as they are. */
    static String anchor(Dispute d) {
        return "dispute-" + d.id();
    }

    static DisputeRef ref(DisputeView v) {
        if (v == null) return null;
        Dispute d = v.dispute();
        List<String> positions = d.positions().stream()
                .map(p -> p.stance() + " (" + p.author() + ", " + p.date() + ")").toList();
        return new DisputeRef(anchor(d), d.id(), d.status().id(), d.topic(), positions);
    }

    static List<DisputeSection> sections(Result result) {
        List<DisputeSection> out = new ArrayList<>();
        for (DisputeView v : result.triage().disputes()) {
            Dispute d = v.dispute();
            List<SaidRow> said = new ArrayList<>();
            for (DisputeView.Said s : v.said()) {
                String rank = d.ranks().containsKey(s.claim()) ? d.ranks().get(s.claim()).id() : null;
                if (s.quotes().isEmpty()) said.add(new SaidRow(s.claim(), rank, s.says(), "", "", ""));
                for (Location l : s.quotes()) {
                    said.add(new SaidRow(s.claim(), rank, s.says(), Objects.requireNonNullElse(result.titles().get(l.file()),
                            l.file()), l.toString(), l.text()));
                }
            }
            List<PositionView> positions = d.positions().stream().map(p -> new PositionView(p.stance(), p.author(),
                    p.date(), p.argument(), p.basis(), p.sources().stream().map(q -> q.source() + ": \u201c" + q.text()
                            + "\u201d").toList())).toList();
            out.add(new DisputeSection(anchor(d), d.id(), d.status().id(), d.topic(), said, d.findings(), positions,
                    d.outcome()));
        }
        return out;
    }
}
