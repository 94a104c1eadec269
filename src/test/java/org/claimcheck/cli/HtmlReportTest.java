package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report keeps hostile input as text: parsed as a browser would, it holds only the report's own markup. */
class HtmlReportTest {
    /** Every element the template writes; anything else came from input. */
    static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
            "h3", "h4", "p", "strong", "nav", "ul", "li", "a", "main", "section", "div", "table", "caption", "thead",
            "tbody", "tr", "th", "td", "span", "code", "form", "fieldset", "legend", "label", "input", "button",
            "article", "figure", "figcaption", "blockquote", "mark", "script");

    @Test
    void hostileSourcesClaimsAndNamesStayText(@TempDir Path tmp) throws Exception {
        Path ws = HostileWorkspace.create(tmp.resolve("ws"));
        Cli r = HostileWorkspace.check(ws, tmp.resolve("out"));
        assertThat(r.err()).isEmpty();
        String html = Files.readString(tmp.resolve("out/claimcheck.html"));

        assertThat(count(html.toLowerCase(), "<script")).as("only the report's own script").isEqualTo(1);
        assertThat(count(html.toLowerCase(), "</script")).isEqualTo(1);
        assertThat(count(html.toLowerCase(), "<style")).isEqualTo(1);
        assertThat(count(html.toLowerCase(), "</style")).isEqualTo(1);
        assertThat(html.toLowerCase()).doesNotContain("<img", "<iframe", "<svg", "<textarea", "</textarea", "</title><",
                "<!-- -->", "<b ");

        Document dom = Jsoup.parse(html);
        Set<String> tags = new TreeSet<>();
        for (Element e : dom.getAllElements()) {
            tags.add(e.normalName());
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.normalName()).doesNotStartWith("on");
                if (a.getKey().equals("href")) assertThat(a.getValue()).startsWith("#");
            }
        }
        tags.remove("#root");
        assertThat(OWN_TAGS).containsAll(tags);
        assertThat(dom.select("mark.m").eachAttr("title")).contains("marker [1] of list '<img src=x onerror=alert(8)>'");
        // the input is there, as visible text: in the evidence, the claims, the document view and the file names
        assertThat(dom.body().text()).contains("<script>alert(1)</script> <img src=x onerror=alert(1)>",
                "Ruritania, founded in 1924 <iframe src=javascript:alert(1)>", "<script>alert(2)</script>",
                "Ruritania was founded in 1921. <script>alert(5)</script>", "</textarea><img src=x onerror=alert(5)>",
                HostileWorkspace.SOURCE_NAME + ":1:23", "claims/" + HostileWorkspace.CLAIM_FILE,
                "</title><script>alert(6)</script>", "<img src=x onerror=alert(6)> was never there");
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheReportsOwnStyleAndScript(@TempDir Path tmp) throws Exception {
        Path ws = HostileWorkspace.create(tmp.resolve("ws"));
        HostileWorkspace.check(ws, tmp.resolve("out"));
        Document dom = Jsoup.parse(tmp.resolve("out/claimcheck.html").toFile(), "UTF-8");
        String csp = dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String style = dom.selectFirst("style").data();
        String script = dom.selectFirst("script").data();
        assertThat(csp).isEqualTo("default-src 'none'; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
                + "'; base-uri 'none'; form-action 'none'");
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        Path ws = HostileWorkspace.create(tmp.resolve("ws"));
        HostileWorkspace.check(ws, tmp.resolve("a"));
        HostileWorkspace.check(ws, tmp.resolve("b"));
        String a = Files.readString(tmp.resolve("a/claimcheck.html"));
        assertThat(a).isEqualTo(Files.readString(tmp.resolve("b/claimcheck.html"))).doesNotContain(tmp.toString());
    }

    /** Unescaped output is for the report's own CSS and JavaScript only, never for a value from input. */
    @Test
    void templatesWriteOnlyTheirOwnStyleAndScriptUnescaped() throws IOException {
        java.util.List<String> unsafe = new java.util.ArrayList<>();
        try (var templates = Files.list(Path.of("src/main/jte"))) {
            for (Path t : templates.sorted().toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$unsafe\\{[^}]*}").matcher(Files.readString(t));
                while (m.find()) unsafe.add(t.getFileName() + ": " + m.group());
            }
        }
        assertThat(unsafe).containsExactly("report.jte: $unsafe{model.style()}", "report.jte: $unsafe{model.script()}");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) n++;
        return n;
    }

    private static String sha256(String s) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(hash);
    }
}
