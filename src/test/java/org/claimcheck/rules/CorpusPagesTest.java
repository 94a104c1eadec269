package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citation rules on real pages and papers (corpus/MANIFEST.md), without claims: the consistent ones give
 * no error, the trimmed Microsoft list and the Datta excerpt are each reported in one summarised finding.
 */
class CorpusPagesTest {
    private static List<Finding> findings;

    @BeforeAll
    static void check() {
        Path root = Path.of("src/test/resources/corpus");
        Workspace ws = WorkspaceLoader.load(root, root.resolve("sources.yaml"), root.resolve("claims"));
        findings = Checker.run(ws, Rules.ALL);
    }

    /** "rule severity" → count, for one file. */
    private static Map<String, Integer> counts(String file) {
        Map<String, Integer> out = new TreeMap<>();
        findings.stream().filter(f -> f.primary().file().equals(file))
                .forEach(f -> out.merge(f.rule() + " " + f.severity().name().toLowerCase(), 1, Integer::sum));
        return out;
    }

    private static List<String> messages(String file, String rule) {
        return findings.stream().filter(f -> f.primary().file().equals(file) && f.rule().equals(rule))
                .map(Finding::message).toList();
    }

    @Test
    void consistentPagesGiveNoError() {
        assertThat(counts("html/wp-tsne-2019.html")).isEmpty();
        assertThat(counts("html/wp-new-zealand-2019.html")).isEqualTo(Map.of("reference-duplicate warning", 2));
        assertThat(counts("pdf/hindawi-tully2010-heart-failure.pdf")).isEmpty();
        assertThat(counts("html/wp-mozilla-2016.html"))
                .isEqualTo(Map.of("citation-needed info", 2, "name-variant warning", 1));
        assertThat(counts("html/wp-go-lang-2017.html"))
                .isEqualTo(Map.of("citation-needed info", 19, "reference-duplicate warning", 2));
        assertThat(counts("pdf/atlas-cms-higgs-mass-2015.pdf")).isEmpty();
    }

    /**
     * The article itself writes "Javascript" five times beside "JavaScript" (all in its text, none in the titles
     * of the works it cites): a real inconsistency. The ATLAS paper's "MoST" (China's Ministry of Science and
     * Technology) is no longer paired with "Most" from the unrelated Wikipedia pages of the same workspace.
     */
    @Test
    void mozillaSpellsJavaScriptTwoWays() {
        assertThat(messages("html/wp-mozilla-2016.html", "name-variant")).containsExactly("\"JavaScript\" (10 times) and"
                + " \"Javascript\" (5 times) look like one name spelled two ways (a letter-case slip)");
    }

    @Test
    void trimmedMicrosoftListIsOneFinding() {
        String file = "html/wp-microsoft-2024-truncated-reflist.html";
        assertThat(counts(file)).isEqualTo(Map.of("citation-out-of-range error", 1));
        assertThat(messages(file, "citation-out-of-range")).containsExactly("314 markers in " + file
                + " point at 284 numbers without an entry (10–247, 253–298): its reference list has 9 entries (1–9);"
                + " the list looks trimmed or lost");
    }

    @Test
    void dattaExcerptListsEntriesItsPagesDoNotCite() {
        String file = "pdf/bmc-datta2010-dvt-review-4pp.pdf";
        assertThat(counts(file)).isEqualTo(Map.of("reference-uncited warning", 1));
        assertThat(messages(file, "reference-uncited")).containsExactly(
                "62 of 79 entries in " + file + " are cited by no marker: 11–71, 76");
    }

    /** The paper's own entry 2 is dated 2006 and says it was retrieved in August 2002: a real slip. */
    @Test
    void agyemanDuahEntryRetrievedBeforePublication() {
        String file = "pdf/bmc-agyeman-duah2014-qi.pdf";
        assertThat(counts(file)).isEqualTo(Map.of("reference-dates warning", 1));
        assertThat(messages(file, "reference-dates")).containsExactly("entry 2 (2006, \"Sustaining quality of "
                + "healthcare: institutionalization of quality assurance\") in " + file
                + " was retrieved 2002-08, before its publication date 2006");
    }

    /**
     * Works listed twice: the same Te Ara page (once with its story's title in front of the page's), Go's licence
     * file (once as a bare address) and one slide of a talk. Different pages of one site, the site's home page
     * and the bundled entry citing two sections of the Go specification are not reported.
     */
    @Test
    void worksListedTwice() {
        assertThat(messages("html/wp-new-zealand-2019.html", "reference-duplicate")).containsExactly(
                "entry 14 in html/wp-new-zealand-2019.html repeats entry 12 (same address"
                        + " http://www.teara.govt.nz/en/european-discovery-of-new-zealand/3)",
                "entry 30 in html/wp-new-zealand-2019.html repeats entry 29 (same address http://www.TeAra.govt.nz/en/moriori/4)");
        assertThat(messages("html/wp-go-lang-2017.html", "reference-duplicate")).containsExactly(
                "entry 14 in html/wp-go-lang-2017.html repeats entry 7 (same address https://golang.org/LICENSE)",
                "entry 43 in html/wp-go-lang-2017.html repeats entry 11 (same address"
                        + " https://talks.golang.org/2015/gophercon-goevolution.slide#19)");
    }
}
