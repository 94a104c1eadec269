package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is set aside on the real pages and papers of corpus/MANIFEST.md, pinned stretch by stretch in
 * {@code corpus/expected/furniture/<file>.txt} (reason, place, the text's start), as reviewed: the Wikipedia
 * pages' site navigation, tables of contents, hatnotes, navigation boxes, categories and footers; the papers'
 * running heads and page numbers. {@code -Dfixtures.update=true} rewrites them: read the diff.
 */
class CorpusFurnitureTest {
    private static final Path ROOT = Path.of("src/test/resources/corpus");
    private static Workspace ws;

    @BeforeAll
    static void load() {
        ws = WorkspaceLoader.load(ROOT, ROOT.resolve("sources.yaml"), ROOT.resolve("claims"));
    }

    static List<String> documents() {
        return WorkspaceLoader.load(ROOT, ROOT.resolve("sources.yaml"), ROOT.resolve("claims")).documents().stream()
                .map(Document::path).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void setAsideAsReviewed(String file) throws IOException {
        Document doc = ws.documents().stream().filter(d -> d.path().equals(file)).findFirst().orElseThrow();
        String actual = render(doc);
        Path expected = ROOT.resolve("expected/furniture").resolve(file + ".txt");
        if (Boolean.getBoolean("fixtures.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** Each stretch set aside: its reason, where it starts, and its first 100 characters on one line. */
    static String render(Document doc) {
        SetAside s = doc.setAside();
        StringBuilder out = new StringBuilder();
        out.append(s.total()).append(" of ").append(s.textCharacters()).append(" characters set aside ")
                .append(s.characters()).append('\n');
        String text = doc.text();
        for (int at = 0; at < text.length(); ) {
            SetAside.Reason reason = s.reason(at);
            if (reason == null) {
                at++;
                continue;
            }
            int end = at;
            while (end < text.length() && s.reason(end) == reason) end++;
            Position p = doc.position(at);
            String shown = text.substring(at, end).strip().replaceAll("\\s+", " ");
            out.append(reason).append(' ').append(p.page() > 0 ? "p" + p.page() + " " : "").append(p.line()).append(':')
                    .append(p.column()).append(' ').append(shown.length() > 100 ? shown.substring(0, 100) + "…" : shown)
                    .append('\n');
            at = end;
        }
        return out.toString();
    }

    @Test
    void runningHeadsAndPageNumbersOfThePapersAreFurniture() {
        Map<String, List<String>> expected = Map.of(
                "pdf/hindawi-tully2010-heart-failure.pdf", List.of("2 Rehabilitation Research and Practice",
                        "Rehabilitation Research and Practice 3"),
                "pdf/atlas-cms-higgs-mass-2015.pdf", List.of("\n1\n", "\n10\n", "References 11", "16 A The ATLAS Collaboration"),
                "pdf/bmc-datta2010-dvt-review-4pp.pdf", List.of("Page 9 of 11", "http://www.traumamanagement.org/content/4/1/1"),
                "pdf/bmc-agyeman-duah2014-qi.pdf", List.of("Agyeman-Duah et al. BMC Health Services Research 2014, 14:1\n",
                        "Agyeman-Duah et al. BMC Health Services Research 2014, 14:1 Page 2 of 10"));
        expected.forEach((file, lines) -> {
            Document doc = ws.documents().stream().filter(d -> d.path().equals(file)).findFirst().orElseThrow();
            for (String line : lines) {
                int at = doc.text().indexOf(line);
                assertThat(at).as("%s in %s", line, file).isGreaterThanOrEqualTo(0);
                String shown = line.strip();
                int start = at + line.indexOf(shown);
                assertThat(doc.setAside().reason(start)).as("%s in %s", shown, file).isEqualTo(SetAside.Reason.RUNNING_HEAD);
                assertThat(doc.inBody(start + shown.length() - 1)).as("%s in %s", shown, file).isFalse();
            }
        });
    }

    @Test
    void aJournalAddressGluedToThePagesFirstWordsIsSetAsideAndTheWordsKept() {
        Document doc = ws.documents().stream().filter(d -> d.id().equals("bmc-agyeman-duah-2014")).findFirst().orElseThrow();
        String address = "http://www.biomedcentral.com/1472-6963/14/1";
        int at = doc.text().indexOf(address + "Background");
        assertThat(at).isGreaterThan(0);
        assertThat(doc.setAside().reason(at)).isEqualTo(SetAside.Reason.RUNNING_HEAD);
        assertThat(doc.isSetAside(at + address.length() - 1)).isTrue();
        assertThat(doc.isSetAside(at + address.length())).isFalse();
    }

    /** The entries, markers and body ends the documents had before any furniture was set aside: none is lost. */
    @Test
    void everyMarkerAndEntryIsKept() {
        Map<String, String> before = Map.of("wp-go-lang-2017", "126 149 31669", "wp-microsoft-2024", "10 329 70758",
                "wp-mozilla-2016", "72 76 21985", "wp-new-zealand-2019", "379 445 64059", "wp-tsne-2019", "12 13 8152",
                "atlas-cms-2015", "36 51 33814", "bmc-agyeman-duah-2014", "31 38 37083", "bmc-datta-2010", "79 22 8426",
                "hindawi-tully-2010", "17 17 26229");
        for (Document doc : ws.documents()) {
            assertThat(doc.references().size() + " " + doc.markers().size() + " " + doc.bodyEnd()).as(doc.id())
                    .isEqualTo(before.get(doc.id()));
        }
    }
}
