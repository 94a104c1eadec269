package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageCommandTest {
    static final String ROOT = "src/test/resources/coverage/partly";

    @Test
    void listsSentencesWithDatesNumbersOrMarkersThatNoClaimOrWaiverCovers() {
        Cli r = Cli.run("coverage", "--root=" + ROOT, "--sources=" + ROOT + "/sources.yaml");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                doc.txt:5:35: no claim: Its first king, Rudolf, reigned for ten years.
                doc.txt:5:107: no claim: S.Dukhovskii came in May.
                doc: 1 of 4 sentences with a date, number or marker are claimed, 1 waived, 2 uncovered
                """);
    }
}
