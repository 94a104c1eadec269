package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimcheck check} on this repository's own seeds and claims, as the README's first command runs it. */
class RepositoryCheckTest {

    @Test
    void reportsTheSeedsHeadlineProblemsWithTheirLines(@TempDir Path out) {
        Cli r = Cli.run("check", "--out=" + out);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(
                "seeds/004_68334b4f89a0bf69.txt:20:257: error: single-value-conflict: Mongolian People's Republic:"
                        + " 'established' takes one value, but the claims give 1921 (mpr-established-1921) and 1924"
                        + " (mpr-established-1924)\n",
                "seeds/004_68334b4f89a0bf69.txt:41:402: error: citation-out-of-range: [12] in"
                        + " seeds/004_68334b4f89a0bf69.txt points at no reference entry: its reference list has 11"
                        + " entries\n",
                "seeds/004_68334b4f89a0bf69.txt:43:166: error: citation-out-of-range: [13] in"
                        + " seeds/004_68334b4f89a0bf69.txt points at no reference entry: its reference list has 11"
                        + " entries\n",
                "seeds/000_b764a032f36e08ce.txt:47:6: error: negation-contradicted: \"not: Soviet Union signed a"
                        + " treaty with Mongolia until 1945-02\" (no-soviet-treaty-until-1945) is contradicted by"
                        + " \"Soviet Russia signed a treaty with Mongolian People's Government in 1921\"",
                "seeds/000_b764a032f36e08ce.txt:47:6: error: negation-contradicted: \"not: Soviet Union recognized"
                        + " Mongolia until 1945-02\" (no-soviet-treaty-until-1945) is contradicted by \"Soviet Russia"
                        + " recognized Mongolian People's Government in 1921\"");
    }

    /** reports/ is committed so that readers of the repository see it; it must be what check writes now. */
    @Test
    void committedReportsAreCurrent(@TempDir Path out) throws IOException {
        Cli.run("check", "--out=" + out);
        for (String name : new String[] {"claimcheck.md", "claimcheck.json"}) {
            assertThat(Files.readString(Path.of("reports", name)))
                    .as("reports/%s is stale: run ./claimcheck check and commit reports/", name)
                    .isEqualTo(Files.readString(out.resolve(name)));
        }
    }
}
