package org.claimcheck.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorerTest {
    @Test
    void aLigatureInTheSourceMatchesItsLettersAndMapsBackToTheWholeLigature() {
        String text = "The \uFB01rst o\uFB03ce opened in 1921.";
        Anchor a = new Anchorer(text).anchor("first office opened");
        assertThat(a.match()).isEqualTo(Anchor.Match.NORMALIZED);
        assertThat(text.substring(a.start(), a.end())).isEqualTo("\uFB01rst o\uFB03ce opened");
    }

    @Test
    void aDecomposedAccentMatchesTheComposedLetterAndKeepsItsMark() {
        String text = "Sukhbaatar met the Kiakhta caf\u0065\u0301 owner.";
        Anchor a = new Anchorer(text).anchor("Kiakhta caf\u00E9");
        assertThat(a.match()).isEqualTo(Anchor.Match.NORMALIZED);
        assertThat(text.substring(a.start(), a.end())).isEqualTo("Kiakhta cafe\u0301");
    }

    @Test
    void aComposedAccentInTheSourceMatchesADecomposedQuote() {
        String text = "Le trait\u00E9 de 1921 fut sign\u00E9.";
        Anchor a = new Anchorer(text).anchor("trait\u0065\u0301 de 1921");
        assertThat(text.substring(a.start(), a.end())).isEqualTo("trait\u00E9 de 1921");
    }

    @Test
    void aMatchInsideALigatureTakesTheWholeLigature() {
        String text = "an o\uFB03ce";
        Anchor a = new Anchorer(text).anchor("ffi");
        assertThat(text.substring(a.start(), a.end())).isEqualTo("\uFB03");
    }

    @Test
    void spacesAndQuotesStillFoldAsBefore() {
        String text = "He said \u201Cno\u201D\n  to   the treaty.";
        Anchor a = new Anchorer(text).anchor("said \"no\" to the treaty");
        assertThat(text.substring(a.start(), a.end())).isEqualTo("said \u201Cno\u201D\n  to   the treaty");
    }
}
