package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.source.NamedFiles;
import org.claimcheck.source.WorkspaceFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each corpus document checked as it is, named on the command line with no source list: it gets the title its
 * source list gives it (or one as telling), and exactly the findings an editor reviewed in CorpusPagesTest.
 */
class NamedCorpusTest {
    private static final String CORPUS = "src/test/resources/corpus/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            html/wp-go-lang-2017.html | wp-go-lang-2017 | Go (programming language)
            html/wp-microsoft-2024-truncated-reflist.html | wp-microsoft-2024-truncated-reflist | Microsoft
            html/wp-mozilla-2016.html | wp-mozilla-2016 | Mozilla
            html/wp-new-zealand-2019.html | wp-new-zealand-2019 | New Zealand
            html/wp-tsne-2019.html | wp-tsne-2019 | t-distributed stochastic neighbor embedding
            pdf/atlas-cms-higgs-mass-2015.pdf | atlas-cms-higgs-mass-2015 | Combined Measurement of the Higgs Boson Mass in pp Collisions at sqrt(s) = 7 and 8 TeV with the ATLAS and CMS Experiments
            pdf/bmc-agyeman-duah2014-qi.pdf | bmc-agyeman-duah2014-qi | Agyeman-Duah et al. BMC Health Services Research 2014, 14:1
            pdf/bmc-datta2010-dvt-review-4pp.pdf | bmc-datta2010-dvt-review-4pp | Complications related to deep venous thrombosis prophylaxis in trauma: a systematic review of the literature
            pdf/hindawi-tully2010-heart-failure.pdf | hindawi-tully2010-heart-failure | Hindawi Publishing Corporation
            """)
    void namedDocumentGetsItsIdTitleAndReviewedFindings(String file, String id, String title) throws IOException {
        NamedFiles.Found found = NamedFiles.find(List.of(CORPUS + file), Set.of());
        assertThat(found.errors()).isEmpty();
        Workspace ws = WorkspaceLoader.loadNamed(Path.of("."), found.files(), null, null,
                WorkspaceFiles.SOURCE_BYTES).workspace();
        assertThat(ws.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.path()).isEqualTo(CORPUS + file);
            assertThat(d.info().title()).isEqualTo(title);
        });
        String actual = RuleFixturesTest.render(Checker.run(ws, Rules.ALL)).replace(CORPUS, "");
        Path expected = Path.of(CORPUS, "expected", file + ".txt");
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
