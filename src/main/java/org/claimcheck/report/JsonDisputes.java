package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.claimcheck.check.Location;
import org.claimcheck.claim.Dispute;
import org.claimcheck.claim.Quote;

/** The JSON report's disputes: every dispute in full, and on an acknowledged finding the dispute that covers it. */
final class JsonDisputes {
    private JsonDisputes() {
    }

    /** {@code "dispute": {"id", "status"}} on a finding an open dispute acknowledges. */
    static void reference(JsonGenerator g, DisputeView v) throws IOException {
        if (v == null) return;
        g.writeObjectFieldStart("dispute");
        g.writeStringField("id", v.dispute().id());
        g.writeStringField("status", v.dispute().status().id());
        g.writeEndObject();
    }

    static void all(JsonGenerator g, List<DisputeView> disputes) throws IOException {
        g.writeArrayFieldStart("disputes");
        for (DisputeView v : disputes) {
            Dispute d = v.dispute();
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("topic", d.topic());
            g.writeStringField("status", d.status().id());
            strings(g, "claims", d.claims());
            strings(g, "findings", d.findings());
            g.writeArrayFieldStart("said");
            for (DisputeView.Said s : v.said()) {
                g.writeStartObject();
                g.writeStringField("claim", s.claim());
                g.writeStringField("says", s.says());
                if (d.ranks().containsKey(s.claim())) g.writeStringField("rank", d.ranks().get(s.claim()).id());
                g.writeArrayFieldStart("quotes");
                for (Location l : s.quotes()) {
                    g.writeStartObject();
                    g.writeStringField("file", l.file());
                    g.writeNumberField("line", l.line());
                    g.writeNumberField("column", l.column());
                    g.writeStringField("text", l.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("positions");
            for (Dispute.Position p : d.positions()) {
                g.writeStartObject();
                g.writeStringField("author", p.author());
                g.writeStringField("date", p.date());
                g.writeStringField("stance", p.stance());
                g.writeStringField("argument", p.argument());
                if (p.basis() != null) g.writeStringField("basis", p.basis());
                g.writeArrayFieldStart("sources");
                for (Quote q : p.sources()) {
                    g.writeStartObject();
                    g.writeStringField("source", q.source());
                    g.writeStringField("quote", q.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (d.outcome() != null) g.writeStringField("outcome", d.outcome());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) g.writeString(s);
        g.writeEndArray();
    }
}
