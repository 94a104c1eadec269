package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.rules.Rules;
import org.junit.jupiter.api.Test;

/** SARIF output validates against the official SARIF 2.1.0 schema and says what a code-scanning service shows. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void theRepositorysReportValidates() throws IOException {
        JsonNode sarif = JSON.readTree(Path.of("reports/claimcheck.sarif").toFile());
        assertThat(sarifSchema().validate(sarif)).isEmpty();
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(Rules.ALL.size());
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("negation-contradicted");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("seeds/000_b764a032f36e08ce.txt");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(47);
        assertThat(first.at("/relatedLocations/1/message/text").asText()).isEqualTo("claim entry: no-soviet-treaty-until-1945");
        assertThat(first.at("/partialFingerprints/claimcheck~1v1").asText()).matches("[0-9a-f]{32}");
        // no baseline was given: no result is new or unchanged against one
        assertThat(sarif.toString()).doesNotContain("baselineState");
    }

    @Test
    void theSchemaCatchesAWrongLevel() throws IOException {
        var sarif = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Path.of("reports/claimcheck.sarif").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(sarifSchema().validate(sarif)).extracting(Object::toString)
                .containsExactly("$.runs[0].results[0].level: does not have a value in the enumeration [\"none\", \"note\", \"warning\", \"error\"]");
    }

    /** PDF places have no line region (their lines are the extracted text's); the page is in the message. */
    @Test
    void theCorpusReportValidatesAndGivesPdfPages() throws IOException {
        Path root = Path.of("src/test/resources/corpus");
        List<Finding> findings = Checker.run(WorkspaceLoader.load(root, root.resolve("sources.yaml"),
                root.resolve("claims")), Rules.ALL);
        StringWriter out = new StringWriter();
        new SarifReport().write(new Result(9, 0, 0, 0, findings, java.util.Map.of(), null, Rules.ALL), out);
        JsonNode sarif = JSON.readTree(out.toString());
        assertThat(sarifSchema().validate(sarif)).isEmpty();
        JsonNode pdf = null;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            if (r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith(".pdf")) pdf = r;
        }
        assertThat(pdf).isNotNull();
        assertThat(pdf.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(pdf.at("/message/text").asText()).containsPattern("\\(page \\d+\\)");
    }
}
