package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace whose every string tries to become markup in the HTML report: a text source and an HTML source
 * whose text holds script and image tags, a javascript: link and closing style, textarea and title tags; a
 * source file and a claim file named as tags; a title, claim texts and a quote that is not found made of the
 * same, and a marker whose reference list is named as a tag. Its claims conflict, so the report shows all of it
 * as findings, evidence, notes and document text.
 */
final class HostileWorkspace {
    static final String SOURCE_NAME = "x<img src=x onerror=alert(3)>.txt";
    static final String CLAIM_FILE = "<svg onload=alert(4)>.yaml";
    static final String TEXT = "<svg onload=alert(1)> Ruritania was founded in 1921. <script>alert(1)</script>"
            + " <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">click</a> </style></textarea></title><!-- --> [1]\n"
            + "\n"
            + "<b onmouseover=alert(1)>bold</b> Ruritania, founded in 1924 <iframe src=javascript:alert(1)>, is small.\n";

    private HostileWorkspace() {
    }

    static Path create(Path ws) throws IOException {
        Files.createDirectories(ws.resolve("claims"));
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), "entities:\n  - {id: r, name: \"Ruritania <script>alert(7)</script>\"}\n"
                + "properties:\n  - {id: founded, type: date, single: true}\n");
        Files.writeString(ws.resolve("claims").resolve(CLAIM_FILE), """
                claims:
                  - id: founded-1921
                    says: "Ruritania was founded in 1921. <script>alert(5)</script>"
                    assert: {subject: r, property: founded, value: 1921}
                    sources:
                      - {source: txt, quote: "Ruritania was founded in 1921. <script>alert(1)</script>"}
                  - id: founded-1924
                    says: "</textarea><img src=x onerror=alert(5)>"
                    assert: {subject: r, property: founded, value: 1924}
                    sources:
                      - {source: txt, quote: "Ruritania, founded in 1924 <iframe src=javascript:alert(1)>"}
                      - {source: page, quote: "founded in 1921 <script>alert(2)</script>"}
                      - {source: page, quote: "<img src=x onerror=alert(6)> was never there"}
                """);
        Files.writeString(ws.resolve(SOURCE_NAME), TEXT);
        Files.writeString(ws.resolve("page.html"), "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<p>&lt;img src=x onerror=alert(2)&gt; Ruritania, founded in 1921 &lt;script&gt;alert(2)&lt;/script&gt;,"
                + " &lt;/style&gt; is old.</p>"
                + "<p><a href=\"javascript:alert(2)\">javascript:alert(2)</a> A note.<sup class=\"reference\"><a"
                + " href=\"#cite_note-1\" data-mw-group=\"&lt;img src=x onerror=alert(8)&gt;\">[1]</a></sup></p>"
                + "<ol class=\"references\" data-mw-group=\"&lt;img src=x onerror=alert(8)&gt;\"><li id=\"cite_note-1\">"
                + "A source.</li></ol></body></html>\n");
        Files.writeString(ws.resolve("sources.yaml"), "sources:\n"
                + "  - {id: txt, file: \"" + SOURCE_NAME + "\", title: \"</title><script>alert(6)</script>\"}\n"
                + "  - {id: page, file: page.html, title: \"<style>body{display:none}</style>\"}\n");
        return ws;
    }

    /** Runs check on the workspace, writing every report into {@code out}. */
    static Cli check(Path ws, Path out) {
        return Cli.run("check", "--root=" + ws, "--sources=" + ws.resolve("sources.yaml"), "--out=" + out, "--fail-on=never");
    }
}
