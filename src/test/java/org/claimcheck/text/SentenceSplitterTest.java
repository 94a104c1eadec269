package org.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAfterMarkersAndClosingQuotesNotInsideInitials() {
        assertThat(sentences("The MPR, established in 1924.[4] Over the next years, S.Dukhovskii said “no.” Then"
                + " he left!\u00A0\u00A0Next line\nNew paragraph (a list: one, two). 2000 came."))
                .containsExactly("The MPR, established in 1924.[4]", "Over the next years, S.Dukhovskii said “no.”",
                        "Then he left!", "Next line", "New paragraph (a list: one, two).", "2000 came.");
    }

    @Test
    void keepsLowercaseContinuationsTogether() {
        assertThat(sentences("It cost 11.6 billion roubles (disputed by the Mongolians). e.g. this stays."))
                .containsExactly("It cost 11.6 billion roubles (disputed by the Mongolians). e.g. this stays.");
    }

    @Test
    void decadesEndSentencesButInitialsAndNumberSignsDoNot() {
        assertThat(sentences("It split in the 1950s. Following that, Alan J. K. Sanders wrote No. 5 for Acme Inc. in"
                + " 2010. He asked \"Now What?\". Then"))
                .containsExactly("It split in the 1950s.", "Following that, Alan J. K. Sanders wrote No. 5 for Acme Inc. in 2010.",
                        "He asked \"Now What?\".", "Then");
    }
}
