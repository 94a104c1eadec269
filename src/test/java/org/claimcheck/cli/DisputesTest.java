package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disputes end to end: two claims that give the founding two years fail the check until an open dispute covers
 * them; then the finding is in every report, acknowledged, beside the dispute, and the check passes. Resolving
 * it ends the acknowledgement; deprecating one claim ends the conflict.
 */
class DisputesTest {
    private static final String DISPUTE = """
            disputes:
              - id: founding-year
                topic: When Ruritania was founded.
                status: open
                claims: [founded-1921, founded-1924]
                positions:
                  - author: A. Historian
                    date: 2026-11-23
                    stance: founded in 1921
                    argument: The first paragraph says so.
                    basis: Hope, The Prisoner of Zenda (1894)
                    sources:
                      - {source: doc, quote: "Ruritania was founded in 1921"}
                  - author: B. Historian
                    date: 2026-11-24
                    stance: founded in 1924
                    argument: The later histories say so.
                    sources:
                      - {source: doc, quote: "Ruritania, founded in 1924"}
            """;
    private static final String MESSAGE = "single-value-conflict: Ruritania: 'founded' takes one value, but the claims"
            + " give 1921 (founded-1921) and 1924 (founded-1924)";

    @TempDir
    Path ws;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(ws.resolve("seeds"));
        Files.createDirectories(ws.resolve("claims"));
        Files.writeString(ws.resolve("seeds/sources.yaml"), "sources:\n  - {id: doc, file: doc.txt, title: Ruritania}\n");
        Files.writeString(ws.resolve("seeds/doc.txt"), "Ruritania was founded in 1921 after the war.\n"
                + "Later histories agree that Ruritania, founded in 1924, grew fast.\n");
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), "entities:\n  - {id: r, name: Ruritania}\n"
                + "properties:\n  - {id: founded, type: date, single: true}\n");
        Files.writeString(ws.resolve("claims/founding.yaml"), """
                claims:
                  - id: founded-1921
                    says: Ruritania was founded in 1921.
                    assert: {subject: r, property: founded, value: 1921}
                    sources:
                      - {source: doc, quote: "Ruritania was founded in 1921"}
                  - id: founded-1924
                    says: Ruritania was founded in 1924.
                    assert: {subject: r, property: founded, value: 1924}
                    sources:
                      - {source: doc, quote: "Ruritania, founded in 1924"}
                """);
    }

    private Cli check() {
        return Cli.run("check", "--root=" + ws);
    }

    @Test
    void withoutADisputeTheConflictFails() {
        Cli r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("seeds/doc.txt:1:1: error: " + MESSAGE + "\n");
    }

    @Test
    void anOpenDisputeAcknowledgesTheConflictInEveryReportAndThePassesTheCheck() throws IOException {
        Files.writeString(ws.resolve("claims/disputes.yaml"), DISPUTE);
        Cli r = check();
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("seeds/doc.txt:1:1: error (acknowledged: dispute 'founding-year', open, 2 positions): "
                + MESSAGE + "\n").contains("1 error, 0 warnings, 0 info (1 of them acknowledged by open disputes)");

        String md = Files.readString(ws.resolve("reports/claimcheck.md"));
        assertThat(md).contains("**Acknowledged** by dispute `founding-year` (open): When Ruritania was founded.\n\n"
                        + "- A. Historian (2026-11-23): founded in 1921\n- B. Historian (2026-11-24): founded in 1924\n",
                "## Disputes (1)\n\n### `founding-year` (open)\n",
                "| claim | says | source | quote |\n|---|---|---|---|\n"
                        + "| founded-1921 | Ruritania was founded in 1921. | Ruritania (seeds/doc.txt:1:1) | Ruritania was founded in 1921 |\n"
                        + "| founded-1924 | Ruritania was founded in 1924. | Ruritania (seeds/doc.txt:2:28) | Ruritania, founded in 1924 |\n",
                "- **founded in 1921**: A. Historian, 2026-11-23. The first paragraph says so.\n"
                        + "  Basis: Hope, The Prisoner of Zenda (1894)\n  Source `doc`: \"Ruritania was founded in 1921\"\n");

        JsonNode json = new ObjectMapper().readTree(ws.resolve("reports/claimcheck.json").toFile());
        assertThat(json.at("/summary/acknowledged").asInt()).isEqualTo(1);
        assertThat(json.at("/findings/0/dispute").toString()).isEqualTo("{\"id\":\"founding-year\",\"status\":\"open\"}");
        assertThat(json.at("/disputes/0/said/1/quotes/0").toString())
                .isEqualTo("{\"file\":\"seeds/doc.txt\",\"line\":2,\"column\":28,\"text\":\"Ruritania, founded in 1924\"}");
        assertThat(json.at("/disputes/0/positions/1/stance").asText()).isEqualTo("founded in 1924");

        JsonNode sarif = new ObjectMapper().readTree(ws.resolve("reports/claimcheck.sarif").toFile());
        assertThat(sarif.at("/runs/0/results/0/suppressions/0").toString()).isEqualTo("{\"kind\":\"external\","
                + "\"status\":\"accepted\",\"justification\":\"open dispute 'founding-year' (When Ruritania was founded.):"
                + " founded in 1921 (A. Historian, 2026-11-23); founded in 1924 (B. Historian, 2026-11-24)\"}");

        String junit = Files.readString(ws.resolve("reports/junit.xml"));
        assertThat(junit).contains("failures=\"0\"").contains("<system-out>seeds/doc.txt:1:1: error (acknowledged:"
                + " dispute 'founding-year'): Ruritania: 'founded' takes one value");

        String html = Files.readString(ws.resolve("reports/claimcheck.html"));
        assertThat(html).contains("<p><strong>Acknowledged</strong> by dispute <a href=\"#dispute-founding-year\">"
                        + "<code>founding-year</code></a> (open): When Ruritania was founded.</p>",
                "<li>founded in 1921 (A. Historian, 2026-11-23)</li>",
                "<article class=\"dispute\" id=\"dispute-founding-year\">",
                "<tr><td><code>founded-1924</code></td><td>Ruritania was founded in 1924.</td><td>Ruritania"
                        + " <code>seeds/doc.txt:2:28</code></td><td>Ruritania, founded in 1924</td></tr>");
    }

    @Test
    void aResolvedDisputeNoLongerAcknowledgesButItsDeprecatedClaimConflictsWithNothing() throws IOException {
        String resolved = DISPUTE.replace("status: open", "status: resolved") + "    outcome: 1921.\n";
        Files.writeString(ws.resolve("claims/disputes.yaml"), resolved);
        Cli decided = check();
        assertThat(decided.exit()).isEqualTo(1);
        assertThat(decided.out()).startsWith("seeds/doc.txt:1:1: error: " + MESSAGE + "\n");

        Files.writeString(ws.resolve("claims/disputes.yaml"), resolved + "    ranks: {founded-1924: deprecated}\n");
        Cli ranked = check();
        assertThat(ranked.exit()).isZero();
        assertThat(ranked.out()).doesNotContain("single-value-conflict").contains("0 errors, 0 warnings, 0 info");
    }

    @Test
    void aPositionsQuoteMustStandInItsSource() throws IOException {
        Files.writeString(ws.resolve("claims/disputes.yaml"), DISPUTE.replace("Ruritania, founded in 1924\"}",
                "Ruritania, founded in 1925\"}"));
        Cli r = check();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("error: quote-not-found: quote of dispute 'founding-year' is not in seeds/doc.txt;"
                + " the closest passage, 1 edit away, is at seeds/doc.txt:2:28");
    }
}
