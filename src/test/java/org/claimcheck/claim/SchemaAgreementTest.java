package org.claimcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schemas in claims/schema are what editors use to autocomplete and flag claim files. They must accept
 * every file the loader accepts, and reject the structural mistakes the loader reports.
 */
class SchemaAgreementTest {
    static final Path SCHEMAS = Path.of("claims/schema");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(String schemaName, Path yaml) throws IOException {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml));
        JsonNode node = JSON.valueToTree(data);
        return schema(schemaName).validate(node);
    }

    static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyValidFileOfTheRepoAndTheRuleFixturesPasses() throws IOException {
        List<Path> files = new java.util.ArrayList<>(yamlFiles(Path.of("claims")));
        files.add(Path.of("seeds/sources.yaml"));
        files.addAll(yamlFiles(Path.of("src/test/resources/rules")));
        files.addAll(yamlFiles(Path.of("src/test/resources/loader/base")));
        files.addAll(yamlFiles(Path.of("src/test/resources/furniture")));
        for (Path f : files) {
            String name = f.getFileName().toString();
            String schema = name.equals("vocabulary.yaml") ? "vocabulary.schema.json"
                    : name.equals("sources.yaml") ? "sources.schema.json"
                    : name.equals("disputes.yaml") ? "disputes.schema.json" : "claims.schema.json";
            assertThat(validate(schema, f)).as("%s against %s", f, schema).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key", "missing-says", "negated-not-boolean", "sources-not-a-list",
        "id-not-kebab-case", "cites-not-numbers", "top-level-list", "at-with-until", "bad-time"})
    void structuralMistakesTheLoaderReportsAreRejected(String loaderCase) throws IOException {
        Path file = Path.of("src/test/resources/loader", loaderCase, "claims/claims.yaml");
        assertThat(validate("claims.schema.json", file)).as(loaderCase).isNotEmpty();
    }

    @Test
    void whatInitAndSourcesAddWritePasses(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String list = org.claimcheck.source.SourceList.empty("seeds/sources.yaml").append(List.of(
                new org.claimcheck.source.SourceEntry("page", "../My Page.html", "A \"title\": with\\ marks", "web-page",
                        "0".repeat(64)))).orElseThrow();
        Files.writeString(dir.resolve("sources.yaml"), list);
        assertThat(validate("sources.schema.json", dir.resolve("sources.yaml"))).isEmpty();
        Files.writeString(dir.resolve("vocabulary.yaml"), org.claimcheck.cli.InitCommand.VOCABULARY);
        assertThat(validate("vocabulary.schema.json", dir.resolve("vocabulary.yaml"))).isEmpty();
    }

    @Test
    void boilerplateEntriesOfTheWrongShapeAreRejected() throws IOException {
        Path file = Path.of("src/test/resources/loader/boilerplate-named/sources.yaml");
        assertThat(validate("sources.schema.json", file)).isNotEmpty();
    }

    @Test
    void theRepositorysDisputesPassAndBrokenOnesAreRejected() throws IOException {
        assertThat(validate("disputes.schema.json", Path.of("claims/disputes.yaml"))).isEmpty();
        Path broken = Path.of("src/test/resources/loader/bad-disputes/claims/disputes.yaml");
        assertThat(validate("disputes.schema.json", broken)).extracting(ValidationMessage::getMessage).contains(
                "$.disputes[0].status: does not have a value in the enumeration [\"open\", \"resolved\"]",
                "$.disputes[0].findings[0]: does not match the regex pattern ^[0-9a-f]{32}$",
                "$.disputes[0].positions[0].date: does not match the regex pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "$.disputes[1]: required property 'outcome' not found",
                "$.disputes[3]: required property 'claims' not found");
    }

    @Test
    void unknownPropertyTypeInTheVocabularyIsRejected() throws IOException {
        Path file = Path.of("src/test/resources/loader/vocabulary-unknown-link/claims/vocabulary.yaml");
        assertThat(validate("vocabulary.schema.json", file)).isNotEmpty();
    }
}
