package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSL test suite's numeric fixtures (corpus/cite-tests/csl): each citation a processor printed in RESULT
 * must read as the numbers its input cites, and each bibliography as its numbered entries. Citation numbers
 * are given in order of first citation, as CSL numbers an unsorted bibliography.
 */
class CslFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/corpus/cite-tests/csl");
    private static final Pattern SECTION = Pattern.compile(">>=+ ([A-Z-]+) =+>>\\n(.*?)\\n<<=+ \\1 =+<<", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void resultReadsAsTheNumbersTheInputCites(String file) throws IOException {
        Map<String, String> s = sections(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8));
        List<String> lines = s.get("RESULT").lines().map(l -> l.replaceAll("<[^>]+>", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        if (s.get("MODE").strip().equals("bibliography")) {
            List<String> titles = new ArrayList<>();
            JSON.readTree(s.get("INPUT")).forEach(item -> titles.add(item.get("title").asText()));
            List<String> entries = ReferenceSection.findAll("References\n" + String.join("\n", lines) + "\n",
                    offset -> false).get(0).entries().stream().map(r -> r.number() + " " + r.text()).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) expected.add((i + 1) + " " + titles.get(i));
            assertThat(entries).isEqualTo(expected);
            return;
        }
        List<List<String>> cited = citations(s);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        cited.forEach(items -> items.forEach(id -> numbers.putIfAbsent(id, numbers.size() + 1)));
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.replaceFirst("^(?:\\.\\.|>>)\\[\\d+] ", "")).append('\n'));
        text.append("\nReferences\n");
        for (int n = 1; n <= numbers.size(); n++) text.append(n).append(". Paper ").append(n).append(". 2001.\n");
        List<Marker> markers = TextCitations.read(text.toString(), offset -> false).markers();
        List<List<Integer>> read = new ArrayList<>();
        List<List<Integer>> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = ordinalLineStart(text, i), end = text.indexOf("\n", start);
            read.add(markers.stream().filter(m -> m.start() >= start && m.start() < end).map(Marker::number).sorted().toList());
            expected.add(cited.get(i).stream().map(numbers::get).sorted().toList());
        }
        assertThat(read).as(text.toString()).isEqualTo(expected);
    }

    /**
     * The cited item ids of each citation, in document order (CITATIONS gives each one's place by its neighbours);
     * a fixture that gives neither cites all its input in one citation.
     */
    private static List<List<String>> citations(Map<String, String> s) throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (!s.containsKey("CITATION-ITEMS") && !s.containsKey("CITATIONS")) return List.of(ids(JSON.readTree(s.get("INPUT"))));
        if (s.containsKey("CITATION-ITEMS")) {
            for (JsonNode c : JSON.readTree(s.get("CITATION-ITEMS"))) out.add(ids(c));
            return out;
        }
        List<String> order = new ArrayList<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (JsonNode call : JSON.readTree(s.get("CITATIONS"))) {
            String id = call.get(0).get("citationID").asText();
            items.put(id, ids(call.get(0).get("citationItems")));
            order.remove(id);
            JsonNode pre = call.get(1);
            order.add(pre.isEmpty() ? 0 : order.indexOf(pre.get(pre.size() - 1).get(0).asText()) + 1, id);
        }
        order.forEach(id -> out.add(items.get(id)));
        return out;
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static Map<String, String> sections(String fixture) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(fixture.replace("\r\n", "\n"));
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    private static int ordinalLineStart(CharSequence text, int line) {
        int at = 0;
        for (int i = 0; i < line; i++) at = text.toString().indexOf('\n', at) + 1;
        return at;
    }
}
