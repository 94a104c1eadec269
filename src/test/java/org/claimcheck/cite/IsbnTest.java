package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsbnTest {
    @ParameterizedTest
    @ValueSource(strings = {"99929-0-627-8", "0-306-40615-2", "0-8044-2957-X", "978-0-306-40615-7",
            "9780262033848"})
    void acceptsCorrectCheckDigits(String printed) {
        assertThat(Isbn.normalize(printed)).hasValueSatisfying(d -> assertThat(Isbn.isValid(d)).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99929-0-627-7", "0-306-40615-3", "978-0-306-40615-8", "9780262033849", "X-306-40615-2"})
    void rejectsWrongCheckDigits(String printed) {
        assertThat(Isbn.normalize(printed).map(Isbn::isValid)).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void normalizesToDigitsAndUpperCaseX() {
        assertThat(Isbn.normalize("0-8044-2957-x")).contains("080442957X");
        assertThat(Isbn.normalize("123-45")).isEmpty();
        assertThat(Isbn.normalize("1234567890123")).isEmpty();
    }
}
