package org.claimcheck.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The windowed search finds passages as near as the whole table does: passages of a real page, misquoted by a
 * few letters, are found at the same edit distance and place as a full alignment over the text finds them.
 */
class NearestPassageTest {
    @Test
    void windowsFindWhatTheFullTableFinds() throws Exception {
        String text = NormalizedText.of(Files.readString(Path.of("src/test/resources/rules/citation-mismatch/"
                + "flags-shifted-entries-with-repair-plan/doc.txt")).repeat(20)).text();
        Random random = new Random(7);
        for (int k = 0; k < 60; k++) {
            int length = 30 + random.nextInt(150);
            int at = random.nextInt(text.length() - length);
            StringBuilder quote = new StringBuilder(text.substring(at, at + length));
            for (int typo = random.nextInt(6); typo > 0; typo--) {
                quote.setCharAt(random.nextInt(quote.length()), (char) ('a' + random.nextInt(26)));
            }
            NearestPassage.Match full = NearestPassage.align(quote.toString(), text, 0, text.length());
            NearestPassage.Match found = NearestPassage.closest(quote.toString(), text);
            assertThat(found.distance()).as("quote %s", quote).isEqualTo(full.distance());
            assertThat(text.substring(found.start(), found.end()))
                    .isEqualTo(text.substring(full.start(), full.end()));
        }
    }

    /** Of equal-cost alignments the shortest cuts "1921." to "192": the passage offered as the fix is whole words. */
    @Test
    void thePassageIsWidenedToWholeWordsAndTheClosingStop() {
        String text = "Ruritania was founded in 1921.\nIts king was crowned in 1922.\n";
        NearestPassage.Match m = NearestPassage.find("Ruritania was founded in 1912.", text);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Ruritania was founded in 1921.");
        assertThat(m.distance()).isEqualTo(2);
        NearestPassage.Match raw = NearestPassage.closest("Ruritania was founded in 1912.", text);
        assertThat(text.substring(raw.start(), raw.end())).isEqualTo("Ruritania was founded in 192");
    }

    @Test
    void nothingAlikeGivesTheWholeQuoteAsDistance() {
        NearestPassage.Match m = NearestPassage.find("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "abcdefghij ".repeat(50));
        assertThat(m.distance()).isEqualTo(30);
    }
}
