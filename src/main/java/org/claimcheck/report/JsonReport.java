package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;

/**
 * The JSON contract for other tools: {@code {"summary": {...}, "sources": [{"file", "characters", "setAside":
 * {"characters", "share", "structure"?, "running-head"?, "selector"?, "text"?, "lines"?}}], "findings": [{"rule",
 * "severity", "message", "locations": [{"file", "line", "column", "page"?, "text"}], "fix"?}]}}, primary location
 * first; characters are visible ones, the set-aside ones by reason.
 */
public final class JsonReport implements Report {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void write(Result result, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("sources", result.sources());
            g.writeNumberField("claims", result.claims());
            g.writeNumberField("quotes", result.quotes());
            g.writeNumberField("anchored", result.anchored());
            for (var s : org.claimcheck.check.Severity.values()) g.writeNumberField(s.id(), result.count(s));
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
            for (Finding f : result.findings()) {
                g.writeStartObject();
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
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }
}
