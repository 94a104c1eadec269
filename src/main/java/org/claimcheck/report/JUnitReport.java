package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Severity;

/**
 * JUnit XML for test dashboards: one suite per document (a source, or a claim file where a finding is about
 * the claim entry), one test case per rule in it. A case with errors or warnings fails with each finding on a
 * line; info findings and findings a baseline accepts leave it passing and are listed in its output.
 */
public final class JUnitReport implements Report {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    @Override
    public void write(Result result, Writer out) throws IOException {
        Map<String, Map<String, List<Finding>>> byFile = new TreeMap<>();
        for (String file : result.titles().keySet()) byFile.put(file, new TreeMap<>());
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.primary().file(), k -> new TreeMap<>())
                    .computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        TreeSet<String> rules = new TreeSet<>();
        result.rules().forEach(r -> rules.add(r.id()));
        result.findings().forEach(f -> rules.add(f.rule()));
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "claimcheck");
            x.writeAttribute("tests", String.valueOf(byFile.size() * rules.size()));
            x.writeAttribute("failures", String.valueOf(byFile.values().stream().mapToLong(m -> failing(m, result.triage())).sum()));
            for (var file : byFile.entrySet()) suite(x, file.getKey(), rules, file.getValue(), result.triage());
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.write("\n");
    }

    private static void suite(XMLStreamWriter x, String file, TreeSet<String> rules, Map<String, List<Finding>> found,
            Baseline.Triage triage) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", safe(file));
        x.writeAttribute("tests", String.valueOf(rules.size()));
        x.writeAttribute("failures", String.valueOf(failing(found, triage)));
        for (String rule : rules) {
            List<Finding> findings = found.getOrDefault(rule, List.of());
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", safe(file));
            x.writeAttribute("name", rule);
            List<Finding> failures = findings.stream().filter(f -> fails(f, triage)).toList();
            if (!failures.isEmpty()) {
                x.writeStartElement("failure");
                x.writeAttribute("type", failures.get(0).severity().id());
                x.writeAttribute("message", failures.size() + (failures.size() == 1 ? " finding" : " findings"));
                x.writeCharacters(safe(lines(failures, triage)));
                x.writeEndElement();
            }
            List<Finding> info = findings.stream().filter(f -> !fails(f, triage)).toList();
            if (!info.isEmpty()) {
                x.writeStartElement("system-out");
                x.writeCharacters(safe(lines(info, triage)));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static long failing(Map<String, List<Finding>> found, Baseline.Triage triage) {
        return found.values().stream().filter(l -> l.stream().anyMatch(f -> fails(f, triage))).count();
    }

    /** Errors and warnings fail their case, unless a baseline accepts them or an open dispute acknowledges them. */
    private static boolean fails(Finding f, Baseline.Triage triage) {
        return f.severity() != Severity.INFO && triage.counts(f);
    }

    /**
     * "file:line:col: severity: message" per finding, "(acknowledged: dispute 'x')" after the severity when an
     * open dispute acknowledges it, with the fix below when there is one.
     */
    private static String lines(List<Finding> findings, Baseline.Triage triage) {
        StringBuilder s = new StringBuilder();
        for (Finding f : findings) {
            DisputeView d = triage.dispute(f);
            s.append(f.primary()).append(": ").append(f.severity().id())
                    .append(d == null ? "" : " (acknowledged: dispute '" + d.dispute().id() + "')")
                    .append(": ").append(f.message()).append('\n');
            if (f.fix() != null) s.append("  fix: ").append(f.fix()).append('\n');
        }
        return s.toString();
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    private static String safe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : 0xFFFD));
        return out.toString();
    }
}
