package org.claimcheck.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Severity;
import org.claimcheck.report.HtmlModel.Count;
import org.claimcheck.report.HtmlModel.DocumentView;
import org.claimcheck.report.HtmlModel.FileRow;
import org.claimcheck.report.HtmlModel.FindingView;
import org.claimcheck.report.HtmlModel.Group;
import org.claimcheck.report.HtmlModel.RuleRow;

/**
 * One self-contained HTML page that opens from disk: a summary by rule, severity and file, filters, each
 * finding with its evidence marked in its paragraph, and every source's text annotated. The template
 * (src/main/jte/report.jte) is compiled to Java at build time and escapes every value it writes; the only
 * inline CSS and JavaScript are the report's own, allowed by hash in a Content-Security-Policy that forbids
 * loading anything, so even an escaping slip could neither run a script nor fetch a thing.
 */
public final class HtmlReport implements Report {
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.claimcheck.report.jte");
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
            + "'; base-uri 'none'; form-action 'none'";

    @Override
    public void write(Result result, Writer out) throws IOException {
        ENGINE.render("report.jte", model(result), new WriterOutput(out));
    }

    static HtmlModel model(Result result) {
        Map<String, String> tokens = tokens(result);
        FindingViews views = new FindingViews(result.view(), tokens);
        Map<Severity, List<FindingView>> bySeverity = new LinkedHashMap<>();
        Map<String, RuleRow> rules = new TreeMap<>();
        Map<String, int[]> perFile = new LinkedHashMap<>();
        int n = 0;
        for (Finding f : result.findings()) {
            FindingView v = views.view(++n, f, HtmlDisputes.ref(result.triage().dispute(f)));
            bySeverity.computeIfAbsent(f.severity(), s -> new ArrayList<>()).add(v);
            rules.merge(f.rule(), new RuleRow(f.rule(), f.severity().id(), 1),
                    (a, b) -> new RuleRow(a.rule(), a.severity(), a.count() + 1));
            for (String token : v.documents().split(" ")) perFile.computeIfAbsent(token, t -> new int[3])[f.severity().ordinal()]++;
        }
        List<Group> groups = new ArrayList<>();
        List<Count> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<FindingView> some = bySeverity.getOrDefault(s, List.of());
            severities.add(new Count(s.id(), some.size()));
            if (!some.isEmpty()) groups.add(new Group(heading(s), s.id(), some));
        }
        List<FileRow> files = new ArrayList<>();
        tokens.forEach((path, token) -> {
            int[] c = perFile.get(token);
            if (c != null) files.add(new FileRow(token, path, c[0], c[1], c[2]));
        });
        List<DocumentView> documents = new ArrayList<>();
        for (AnnotatedText d : result.view().documents()) {
            documents.add(DocumentViews.view(d, tokens.get(d.path()), "doc-" + tokens.get(d.path()), views.hits(d.path())));
        }
        return new HtmlModel(result.scope(), result.tally(), CSP, STYLE, SCRIPT, List.copyOf(rules.values()), severities,
                files, groups, result.findings().size(), documents, HtmlDisputes.sections(result));
    }

    /** A token per file: the sources first (in path order), then other files findings point into (claim files). */
    private static Map<String, String> tokens(Result result) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (AnnotatedText d : result.view().documents()) tokens.putIfAbsent(d.path(), "f" + tokens.size());
        java.util.SortedSet<String> others = new java.util.TreeSet<>();
        for (Finding f : result.findings()) for (Location l : f.locations()) others.add(l.file());
        for (String path : others) tokens.putIfAbsent(path, "f" + tokens.size());
        return tokens;
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
