package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Finding;
import org.claimcheck.check.FindingIds;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Severity;

/**
 * SARIF 2.1.0 for code-scanning services: every rule that ran with its help text, and per finding a result at
 * its primary place with the other places as related locations, the suggested fix in the message, and the
 * fingerprint as a partial fingerprint so that the service tracks the finding across commits. Places in PDFs
 * carry no line region (the lines are the extracted text's, not the file's); their page is in the message.
 */
public final class SarifReport implements Report {
    static final String FINGERPRINT = "claimcheck/v1";

    @Override
    public void write(Result result, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            Map<String, Integer> ruleIndex = tool(g, result.rules());
            g.writeArrayFieldStart("results");
            boolean baselined = result.triage().againstBaseline();
            for (Finding f : result.findings()) {
                result(g, f, ruleIndex.get(f.rule()), baselined ? result.triage().entry(f) : null, baselined,
                        result.triage().dispute(f));
            }
            for (Baseline.Entry e : result.triage().fixed()) absent(g, e, ruleIndex.get(e.rule()));
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** The driver and its rules; returns each rule's index in the list. */
    private static Map<String, Integer> tool(JsonGenerator g, List<Rule> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "claimcheck");
        g.writeStringField("semanticVersion", "0.1.0");
        g.writeArrayFieldStart("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : rules) {
            index.put(r.id(), index.size());
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", r.summary());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", r.description());
            g.writeEndObject();
            g.writeObjectFieldStart("help");
            g.writeStringField("text", r.description() + " Details: claimcheck rules " + r.id());
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.severity()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        return index;
    }

    /** A baseline entry no finding matches any more: its result is absent from this run. */
    private static void absent(JsonGenerator g, Baseline.Entry e, Integer ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", e.rule().isEmpty() ? "unknown" : e.rule());
        if (ruleIndex != null) g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("kind", "pass");
        g.writeStringField("level", "none");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", "fixed since the baseline: " + e.message());
        g.writeEndObject();
        g.writeStringField("baselineState", "absent");
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, e.fingerprint());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, Integer ruleIndex, Baseline.Entry accepted,
            boolean baselined, DisputeView dispute) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (ruleIndex != null) g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        Location primary = f.primary();
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + (primary.page() > 0 ? " (page " + primary.page() + ")" : "")
                + (f.fix() == null ? "" : ". Fix: " + f.fix()));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        location(g, primary, -1);
        g.writeEndArray();
        if (f.locations().size() > 1) {
            g.writeArrayFieldStart("relatedLocations");
            for (int i = 1; i < f.locations().size(); i++) location(g, f.locations().get(i), i);
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, FindingIds.fingerprint(f));
        g.writeEndObject();
        if (baselined) g.writeStringField("baselineState", accepted != null ? "unchanged" : "new");
        if (accepted != null || dispute != null) {
            // accepted by the team or acknowledged by an open dispute: code-scanning services show it as
            // suppressed, not as an open alert; the justification names the dispute and its positions
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            String why = accepted != null ? accepted.reason() : justification(dispute);
            if (!why.isBlank()) g.writeStringField("justification", why);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** "open dispute 'x' (topic): stance (author, date); stance (author, date)" */
    private static String justification(DisputeView v) {
        StringBuilder s = new StringBuilder(v.dispute().status().id()).append(" dispute '").append(v.dispute().id())
                .append("' (").append(v.dispute().topic()).append(")");
        String sep = ": ";
        for (org.claimcheck.claim.Dispute.Position p : v.dispute().positions()) {
            s.append(sep).append(p.stance()).append(" (").append(p.author()).append(", ").append(p.date()).append(')');
            sep = "; ";
        }
        return s.toString();
    }

    /** A physical location; related ones (id ≥ 1) say what they are in their message. */
    private static void location(JsonGenerator g, Location l, int id) throws IOException {
        g.writeStartObject();
        if (id >= 0) {
            g.writeNumberField("id", id);
            g.writeObjectFieldStart("message");
            g.writeStringField("text", (l.isClaimFile() ? "claim entry: " : "")
                    + (l.page() > 0 ? "page " + l.page() + ": " : "") + l.text());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", MarkdownText.linkTarget(l.file()));
        g.writeEndObject();
        if (l.page() == 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", l.line());
            g.writeNumberField("startColumn", l.column());
            if (!l.text().isEmpty()) {
                g.writeObjectFieldStart("snippet");
                g.writeStringField("text", l.text());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
