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

    @Test
    void readsEveryPrintedIsbnAndOnlyItsDigits() {
        assertThat(Isbn.printed("ISBN 978 92 4 156398 7. ISBN-10: 0-8044-2957-X, 1999 reprint; ISBN 0-306-40615-2 2005"))
                .extracting(Isbn.Printed::digits).containsExactly("9789241563987", "080442957X", "0306406152");
        assertThat(Isbn.printed("ISBN 978-0-\n19-853453-6.")).extracting(Isbn.Printed::digits).containsExactly("9780198534536");
    }

    @Test
    void keepsATruncatedIsbnSoItCanBeReported() {
        Isbn.Printed p = Isbn.printed("Press. ISBN 978-0-86473-548. Retrieved").get(0);
        assertThat(p.digits()).isEqualTo("978086473548");
        assertThat(p.hasLength()).isFalse();
        assertThat(p.text()).isEqualTo("978-0-86473-548");
    }

    @Test
    void computesTheCheckDigitTheOthersCallFor() {
        assertThat(Isbn.expectedCheckDigit("9780306406158")).isEqualTo('7');
        assertThat(Isbn.expectedCheckDigit("0306406153")).isEqualTo('2');
        assertThat(Isbn.expectedCheckDigit("0804429570")).isEqualTo('X');
    }
}
