package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.FindingIds;
import org.claimcheck.check.Location;

/**
 * The JSON contract for other tools, described by {@code schema/claimcheck-report.schema.json}:
 * {@code {"version": 1, "summary": {...}, "sources": [{"file", "characters", "setAside": {...}}], "findings":
 * [{"id", "fingerprint", "rule", "severity", "message", "locations": [{"file", "line", "column", "page"?,
 * "text"}], "fix"?, "baseline"?}], "fixed": [...]}}, primary location first; "baseline" marks a finding a
 * --baseline accepts, "fixed" lists its entries matched by none; characters are visible ones, the set-aside
 * ones by reason. A change that could break a reader raises {@link #VERSION}; new optional fields do not.
 */
public final class JsonReport implements Report {
    /** The contract's version, written first in every report. */
    public static final int VERSION = 1;

    @Override
    public void write(Result result, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("sources", result.sources());
            g.writeNumberField("claims", result.claims());
            g.writeNumberField("quotes", result.quotes());
            g.writeNumberField("anchored", result.anchored());
            for (var s : org.claimcheck.check.Severity.values()) g.writeNumberField(s.id(), result.count(s));
            g.writeNumberField("baselined", result.triage().accepted().size());
            g.writeNumberField("acknowledged", result.triage().acknowledged().size());
            g.writeEndObject();
            g.writeArrayFieldStart("sources");
            for (SourceText t : result.texts()) {
                g.writeStartObject();
                g.writeStringField("file", t.file());
                g.writeNumberField("characters", t.characters());
                g.writeObjectFieldStart("setAside");
                g.writeNumberField("characters", t.total());
                g.writeNumberField("share", t.share());
                for (org.claimcheck.source.SetAside.Reason r : org.claimcheck.source.SetAside.Reason.values()) {
                    if (t.setAside().containsKey(r)) g.writeNumberField(r.id(), t.setAside().get(r));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            List<String> ids = FindingIds.ids(result.findings());
            for (int i = 0; i < ids.size(); i++) {
                Finding f = result.findings().get(i);
                g.writeStartObject();
                g.writeStringField("id", ids.get(i));
                g.writeStringField("fingerprint", FindingIds.fingerprint(f));
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().id());
                g.writeStringField("message", f.message());
                g.writeArrayFieldStart("locations");
                for (Location l : f.locations()) {
                    g.writeStartObject();
                    g.writeStringField("file", l.file());
                    g.writeNumberField("line", l.line());
                    g.writeNumberField("column", l.column());
                    if (l.page() > 0) g.writeNumberField("page", l.page());
                    g.writeStringField("text", l.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (f.fix() != null) g.writeStringField("fix", f.fix());
                Baseline.Entry accepted = result.triage().entry(f);
                if (accepted != null) {
                    g.writeObjectFieldStart("baseline");
                    g.writeStringField("reason", accepted.reason());
                    g.writeEndObject();
                }
                JsonDisputes.reference(g, result.triage().dispute(f));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fixed");
            for (Baseline.Entry e : result.triage().fixed()) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("rule", e.rule());
                g.writeStringField("message", e.message());
                g.writeStringField("reason", e.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonDisputes.all(g, result.triage().disputes());
            g.writeEndObject();
        }
        out.write("\n");
    }
}
