package org.claimcheck.report;

import static org.claimcheck.report.MarkdownText.code;
import static org.claimcheck.report.MarkdownText.escape;

import java.util.Map;
import java.util.Objects;
import org.claimcheck.check.Location;
import org.claimcheck.claim.Dispute;
import org.claimcheck.claim.Quote;

/** The Markdown report's disputes: the note beside an acknowledged finding, and a section per dispute. */
final class MarkdownDisputes {
    private MarkdownDisputes() {
    }

    /** The note above an acknowledged finding: the dispute, its status and its positions' stances. */
    static void note(StringBuilder md, DisputeView v) {
        Dispute d = v.dispute();
        md.append("**Acknowledged** by dispute ").append(code(d.id())).append(" (").append(d.status().id())
                .append("): ").append(escape(d.topic())).append("\n\n");
        for (Dispute.Position p : d.positions()) {
            md.append("- ").append(escape(p.author())).append(" (").append(p.date()).append("): ")
                    .append(escape(p.stance())).append('\n');
        }
        md.append('\n');
    }

    /** One section per dispute: who says what (the claims, their sources and quotes), the positions, the outcome. */
    static void section(StringBuilder md, java.util.List<DisputeView> disputes, Map<String, String> titles) {
        if (disputes.isEmpty()) return;
        md.append("## Disputes (").append(disputes.size()).append(")\n\n");
        for (DisputeView v : disputes) {
            Dispute d = v.dispute();
            md.append("### ").append(code(d.id())).append(" (").append(d.status().id()).append(")\n\n")
                    .append(escape(d.topic())).append("\n\n");
            if (!v.said().isEmpty()) {
                md.append("| claim | says | source | quote |\n|---|---|---|---|\n");
                for (DisputeView.Said s : v.said()) {
                    String rank = d.ranks().containsKey(s.claim()) ? " (" + d.ranks().get(s.claim()).id() + ")" : "";
                    if (s.quotes().isEmpty()) {
                        md.append("| ").append(escape(s.claim())).append(rank).append(" | ").append(escape(s.says()))
                                .append(" | | |\n");
                    }
                    for (Location l : s.quotes()) {
                        md.append("| ").append(escape(s.claim())).append(rank).append(" | ").append(escape(s.says()))
                                .append(" | ").append(escape(Objects.requireNonNullElse(titles.get(l.file()), l.file())))
                                .append(" (").append(escape(l.toString())).append(") | ").append(escape(l.text()))
                                .append(" |\n");
                    }
                }
                md.append('\n');
            }
            if (!d.findings().isEmpty()) {
                md.append("About the findings ");
                md.append(String.join(", ", d.findings().stream().map(MarkdownText::code).toList())).append(".\n\n");
            }
            for (Dispute.Position p : d.positions()) {
                md.append("- **").append(escape(p.stance())).append("**: ").append(escape(p.author())).append(", ")
                        .append(p.date()).append(". ").append(escape(p.argument())).append('\n');
                if (p.basis() != null) md.append("  Basis: ").append(escape(p.basis())).append('\n');
                for (Quote q : p.sources()) {
                    md.append("  Source ").append(code(q.source())).append(": \"").append(escape(q.text())).append("\"\n");
                }
            }
            md.append('\n');
            if (d.outcome() != null) md.append("**Outcome:** ").append(escape(d.outcome())).append("\n\n");
        }
    }
}
