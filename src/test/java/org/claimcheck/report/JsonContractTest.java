package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.FindingIds;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report is the interface other tools build on: it follows its published schema, and ids last. */
class JsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema() throws IOException {
        try (InputStream in = JsonContractTest.class.getResourceAsStream("/schema/claimcheck-report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void theRepositorysReportFollowsTheSchema() throws IOException {
        JsonNode report = JSON.readTree(Path.of("reports/claimcheck.json").toFile());
        assertThat(schema().validate(report)).isEmpty();
        assertThat(report.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void theSchemaRejectsAReportWithoutIds() throws IOException {
        JsonNode report = JSON.readTree("{\"version\": 1, \"summary\": {\"sources\": 1, \"claims\": 0, \"quotes\": 0,"
                + " \"anchored\": 0, \"error\": 1, \"warning\": 0, \"info\": 0, \"baselined\": 0}, \"fixed\": [], \"findings\": [{\"rule\": \"x\","
                + " \"severity\": \"error\", \"message\": \"m\", \"locations\": []}]}");
        assertThat(schema().validate(report)).extracting(Object::toString).containsExactlyInAnyOrder(
                "$.findings[0]: required property 'id' not found",
                "$.findings[0]: required property 'fingerprint' not found",
                "$.findings[0].locations: must have at least 1 items but found 0");
    }

    @Test
    void idsAreUniqueOnTheCorpus() {
        Path root = Path.of("src/test/resources/corpus");
        List<Finding> findings = Checker.run(WorkspaceLoader.load(root, root.resolve("sources.yaml"),
                root.resolve("claims")), Rules.ALL);
        List<String> ids = FindingIds.ids(findings);
        assertThat(ids).doesNotHaveDuplicates().hasSize(findings.size());
        assertThat(findings.stream().map(FindingIds::fingerprint).distinct().count()).isEqualTo(findings.size());
    }

    /** A claim moved down the file, into another claim file listed first, and an unrelated edit in its source. */
    @Test
    void fingerprintsSurviveMovedLinesReorderedFilesAndUnrelatedEdits(@TempDir Path ws) throws IOException {
        String vocabulary = "entities:\n  - {id: r, name: Ruritania}\n  - {id: e, name: Elbonia}\nproperties:\n  - {id: founded, type: date, single: true}\n";
        String a = claim("founded-1921", "Ruritania was founded in 1921.", "1921");
        String b = claim("founded-1922", "It was founded again in 1922.", "1922");
        List<String> before = fingerprints(ws, "Ruritania was founded in 1921. It was founded again in 1922.\n",
                vocabulary, "claims:\n" + a + b, null);
        List<String> after = fingerprints(ws, "A new first line.\n\nRuritania was founded in 1921. It was founded"
                + " again in 1922.\n", vocabulary, "claims:\n" + "  - id: other\n    says: x\n    assert: {subject: e,"
                + " property: founded, value: 1921}\n    sources:\n      - {source: doc, quote: \"A new first line.\"}\n"
                + b, "claims:\n" + a);
        assertThat(before).hasSize(1);
        assertThat(after).isEqualTo(before);
    }

    private static String claim(String id, String quote, String year) {
        return "  - id: " + id + "\n    says: x\n    assert: {subject: r, property: founded, value: " + year + "}\n"
                + "    sources:\n      - {source: doc, quote: \"" + quote + "\"}\n";
    }

    private static List<String> fingerprints(Path ws, String doc, String vocabulary, String claims, String moreClaims)
            throws IOException {
        Files.createDirectories(ws.resolve("claims"));
        try (var old = Files.list(ws.resolve("claims"))) {
            for (Path p : old.toList()) Files.delete(p);
        }
        Files.writeString(ws.resolve("doc.txt"), doc);
        Files.writeString(ws.resolve("sources.yaml"), "sources:\n  - {id: doc, file: doc.txt}\n");
        Files.writeString(ws.resolve("claims/vocabulary.yaml"), vocabulary);
        Files.writeString(ws.resolve("claims/b.yaml"), claims);
        if (moreClaims != null) Files.writeString(ws.resolve("claims/a.yaml"), moreClaims);
        List<Finding> findings = Checker.run(WorkspaceLoader.load(ws, ws.resolve("sources.yaml"), ws.resolve("claims")),
                List.of(Rules.byId("single-value-conflict").orElseThrow()));
        List<String> out = new ArrayList<>();
        for (Finding f : findings) out.add(FindingIds.fingerprint(f));
        return out;
    }
}
