package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck check} on this repository's own seeds and claims, as the README's first command runs it. */
class RepositoryCheckTest {

    /**
     * The seeds' conflicts between sources are acknowledged by the open disputes of claims/disputes.yaml; what
     * still fails is the text's own error that no dispute can record: [12] and [13], whose entries the mirror lost.
     */
    @Test
    void reportsTheSeedsHeadlineProblemsWithTheirLines(@TempDir Path out) {
        Cli r = Cli.run("check", "--out=" + out);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains(": error: "))).containsExactly(
                "seeds/004_68334b4f89a0bf69.txt:41:402: error: citation-out-of-range: [12] in"
                        + " seeds/004_68334b4f89a0bf69.txt points at no reference entry: its reference list has 11 entries",
                "seeds/004_68334b4f89a0bf69.txt:43:166: error: citation-out-of-range: [13] in"
                        + " seeds/004_68334b4f89a0bf69.txt points at no reference entry: its reference list has 11 entries");
        assertThat(r.out()).contains("7 errors, 14 warnings, 0 info (6 of them acknowledged by open disputes)");
        assertThat(r.out()).contains(
                "seeds/004_68334b4f89a0bf69.txt:20:257: error (acknowledged: dispute 'mpr-establishment-year', open,"
                        + " 2 positions): single-value-conflict: Mongolian People's Republic:"
                        + " 'established' takes one value, but the claims give 1921 (mpr-established-1921) and 1924"
                        + " (mpr-established-1924)\n",
                "seeds/004_68334b4f89a0bf69.txt:41:402: error: citation-out-of-range: [12] in"
                        + " seeds/004_68334b4f89a0bf69.txt points at no reference entry: its reference list has 11"
                        + " entries\n",
                "seeds/004_68334b4f89a0bf69.txt:43:166: error: citation-out-of-range: [13] in"
                        + " seeds/004_68334b4f89a0bf69.txt points at no reference entry: its reference list has 11"
                        + " entries\n",
                "seeds/000_b764a032f36e08ce.txt:47:6: error (acknowledged: dispute 'soviet-recognition-before-1945',"
                        + " open, 2 positions): negation-contradicted: \"not: Soviet Union signed a"
                        + " treaty with Mongolia until 1945-02\" (no-soviet-treaty-until-1945) is contradicted by"
                        + " \"Soviet Russia signed a treaty with Mongolian People's Government in 1921\"",
                "seeds/000_b764a032f36e08ce.txt:47:6: error (acknowledged: dispute 'soviet-recognition-before-1945',"
                        + " open, 2 positions): negation-contradicted: \"not: Soviet Union recognized"
                        + " Mongolia until 1945-02\" (no-soviet-treaty-until-1945) is contradicted by \"Soviet Russia"
                        + " recognized Mongolian People's Government in 1921\"");
    }

    /** Issue 3's kinds of problem, each where the seeds really have it, and none where they are consistent. */
    @Test
    void flagsTheSeedsAnachronismsVariantsAndConflictsButNotTheirConsistentCounts(@TempDir Path out) {
        Cli r = Cli.run("check", "--out=" + out);
        assertThat(r.out()).contains(
                "seeds/000_b764a032f36e08ce.txt:9:1: warning: anachronism: claim"
                        + " 'mongolian-government-considers-relations-1921-09' names Soviet Union in 1921-09, but it existed"
                        + " 1922-12-30 to 1991-12-26",
                "seeds/004_68334b4f89a0bf69.txt:20:293: warning (acknowledged: dispute 'mpr-establishment-year', open,"
                        + " 2 positions): anachronism: claim"
                        + " 'mpr-founded-with-soviet-military-support' names Mongolian People's Republic in 1921, but it"
                        + " existed 1924-11-26 to 1992-02-12",
                "seeds/000_b764a032f36e08ce.txt:25:215: warning: name-variant: \"Danzan\" (2 times) and \"Danazn\" (once)"
                        + " look like one name spelled two ways (entity 'soliin-danzan')\n",
                "seeds/000_b764a032f36e08ce.txt:25:39: warning: name-variant: \"Tserendorj\" (2 times) and \"TSerendorj\""
                        + " (once) look like one name spelled two ways (entity 'balingiin-tserendorj')\n",
                "seeds/000_b764a032f36e08ce.txt:41:156: warning: name-variant: \"settlers\" (once) and \"settleres\" (once)"
                        + " look like one name spelled two ways (entity 'russian-settlers-in-urianhai')\n",
                "seeds/004_68334b4f89a0bf69.txt:10:423: error (acknowledged: dispute 'mongolia-osce-status', open,"
                        + " 2 positions): conflicting-statements: \"Mongolia is a full member of"
                        + " Organization for Security and Co-operation in Europe\" (both-full-members-of-osce) and \"Mongolia"
                        + " is a partner of Organization for Security and Co-operation in Europe\"");
        // the eight-point statement, the consulates and the survey's percentages are consistent in the seeds
        assertThat(r.out()).doesNotContain("count-mismatch", "sum-mismatch", "quote-not-found");
        assertThat(r.out()).contains("claims, 124 quotes (124 found in their sources)");
    }

    @Test
    void everyDatedNumberedOrCitedSentenceOfTheSeedsIsClaimedOrWaived() {
        Cli r = Cli.run("coverage");
        assertThat(r.out()).isEqualTo("""
                talks-1921: 16 of 17 sentences with a date, number or marker are claimed, 1 waived, 0 uncovered
                wiki-mongolia-russia: 35 of 35 sentences with a date, number or marker are claimed, 0 waived, 0 uncovered
                """);
        assertThat(r.exit()).isZero();
    }

    /**
     * reports/ is committed so that readers of the repository see it; it must be what check writes now. The
     * fresh reports are written beside reports/, at the same depth, so that their links to the files match.
     */
    @Test
    void committedReportsAreCurrent() throws IOException {
        Path out = Files.createTempDirectory(Path.of(""), ".reports-check");
        try {
            Cli.run("check", "--out=" + out);
            for (String name : new String[] {"claimcheck.md", "claimcheck.json", "claimcheck.sarif", "junit.xml", "claimcheck.html"}) {
                assertThat(Files.readString(Path.of("reports", name)))
                        .as("reports/%s is stale: run ./claimcheck check and commit reports/", name)
                        .isEqualTo(Files.readString(out.resolve(name)));
            }
        } finally {
            try (var files = Files.list(out)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(out);
        }
    }
}
