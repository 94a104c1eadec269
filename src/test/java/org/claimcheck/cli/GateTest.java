package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI gate end to end, as a pull request meets it: a wrong quote fails with an annotation at its line and a
 * SARIF result; a baseline with a reason lets the same run pass; fixing the quote reports the entry as fixed;
 * moving the claim keeps its fingerprint.
 */
class GateTest {
    private static final String CLAIM = """
            claims:
              - id: founded
                says: Ruritania was founded in 1921.
                assert: {subject: r, property: founded, value: 1921}
                sources:
                  - {source: doc, quote: "Ruritania was founded in 1912."}
            """;

    @TempDir
    Path ws;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(ws.resolve("seeds"));
        Files.createDirectories(ws.resolve("claims"));
        Files.writeString(ws.resolve("seeds/sources.yaml"), "sources:\n  - {id: doc, file: doc.txt, title: Ruritania}\n");
        Files.writeString(ws.resolve("seeds/doc.txt"), "Ruritania was founded in 1921.\n");
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), "entities:\n  - {id: r, name: Ruritania}\n"
                + "properties:\n  - {id: founded, type: date}\n");
        Files.writeString(ws.resolve("claims/new.yaml"), CLAIM);
    }

    private Cli check(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "check";
        args[1] = "--root=" + ws;
        System.arraycopy(more, 0, args, 2, more.length);
        return Cli.run(args);
    }

    @Test
    void aWrongQuoteFailsTheGateUntilBaselinedAndTheBaselineSaysWhenItIsFixed() throws Exception {
        Cli first = check("--annotations=github");
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out()).startsWith("::error file=claims/new.yaml,line=6,col=30,title=claimcheck quote-not-found::"
                + "quote of claim 'founded' is not in seeds/doc.txt; the closest passage, 2 edits away, is at"
                + " seeds/doc.txt:1:1. Fix: quote the source exactly: \"Ruritania was founded in 1921.\"\n");
        JsonNode sarif = new ObjectMapper().readTree(ws.resolve("reports/claimcheck.sarif").toFile());
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif)).isEmpty();
        }
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);

        Cli written = check("--write-baseline=" + ws.resolve("baseline.yaml"));
        assertThat(written.exit()).isZero();
        assertThat(written.out()).contains("  wrote baseline.yaml (1 baseline entry)\n");
        String baseline = Files.readString(ws.resolve("baseline.yaml"));
        assertThat(baseline).contains("rule: quote-not-found", "reason: ''");
        // as written, with no reason yet, the baseline already accepts the finding
        assertThat(check("--baseline=" + ws.resolve("baseline.yaml")).exit()).isZero();
        Files.writeString(ws.resolve("baseline.yaml"), baseline.replace("reason: ''", "reason: the source's typo, reported"));

        Cli accepted = check("--baseline=" + ws.resolve("baseline.yaml"), "--annotations=github");
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).startsWith("claims/new.yaml:6:30: error (baselined): quote-not-found: quote of claim")
                .contains("1 error, 0 warnings, 0 info (1 of them baselined, 0 baseline entries fixed)")
                .doesNotContain("::error");
        JsonNode json = new ObjectMapper().readTree(ws.resolve("reports/claimcheck.json").toFile());
        JsonNode sarifAccepted = new ObjectMapper().readTree(ws.resolve("reports/claimcheck.sarif").toFile());
        assertThat(sarifAccepted.at("/runs/0/results/0/baselineState").asText()).isEqualTo("unchanged");
        assertThat(json.at("/findings/0/baseline/reason").asText()).isEqualTo("the source's typo, reported");

        // the claim moves down its file: the same finding, still accepted
        Files.writeString(ws.resolve("claims/new.yaml"), CLAIM.replace("claims:\n", "claims:\n  # moved\n\n"));
        assertThat(check("--baseline=" + ws.resolve("baseline.yaml")).exit()).isZero();

        Files.writeString(ws.resolve("claims/new.yaml"), CLAIM.replace("1912", "1921"));
        Cli fixed = check("--baseline=" + ws.resolve("baseline.yaml"));
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.out()).startsWith("baseline.yaml: fixed: quote-not-found: quote of claim 'founded' is not in"
                + " seeds/doc.txt; the closest passage, 2 edits away, is at seeds/doc.txt:1:1 (");
        assertThat(fixed.out()).contains("): remove this entry\n",
                "0 errors, 0 warnings, 0 info (0 of them baselined, 1 baseline entry fixed)");
    }

    /** In a pull request only the new claim file's finding is reported; the old file's stays out of the way. */
    @Test
    void changedSinceReportsOnlyFindingsInFilesTheChangeTouched() throws Exception {
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "old claims");
        Files.writeString(ws.resolve("claims/added.yaml"), CLAIM.replace("id: founded", "id: founded-again"));
        Cli all = check();
        assertThat(all.out()).contains("claims/new.yaml:6:30: error: quote-not-found", "claims/added.yaml:6:30: error");
        Cli changed = check("--changed-since=HEAD");
        assertThat(changed.exit()).as(changed.err()).isEqualTo(1);
        assertThat(changed.out()).startsWith("claims/added.yaml:6:30: error: quote-not-found: quote of claim 'founded-again'")
                .doesNotContain("claims/new.yaml");
        // a baseline written in a pull request still records the whole workspace
        Cli written = check("--changed-since=HEAD", "--write-baseline=" + ws.resolve("b.yaml"));
        assertThat(written.out()).contains("  wrote b.yaml (2 baseline entries)\n");
        Cli bad = check("--changed-since=--output=x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("claimcheck: --changed-since --output=x: '--output=x' is not a git ref (a branch,"
                + " tag or commit)\n");
        Cli unknown = check("--changed-since=no-such-branch");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("claimcheck: --changed-since no-such-branch: git could not compare: fatal:");
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = ws.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    @Test
    void aBrokenBaselineIsBadInputWithItsPlace() throws IOException {
        Files.writeString(ws.resolve("baseline.yaml"), "baseline:\n  - fingerprint: abc\n    reason: x\n");
        Cli r = check("--baseline=" + ws.resolve("baseline.yaml"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("baseline.yaml:2:18: a fingerprint is 32 hex digits, as --write-baseline writes it:"
                + " copy it from the JSON report's 'fingerprint'\n");
    }

    @Test
    void aMissingBaselineOrUnknownAnnotationStyleIsAUsageError() {
        Cli missing = check("--baseline=" + ws.resolve("none.yaml"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("none.yaml:1:1: no such file: write one with --write-baseline\n");
        Cli style = check("--annotations=gitlab");
        assertThat(style.exit()).isEqualTo(2);
        assertThat(style.err()).isEqualTo("claimcheck check: --annotations: unknown style 'gitlab': use github\n");
    }
}
