package org.claimcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as texts give them are the spans of days they may mean, written back as they were given. */
class PartialDateTest {
    @ParameterizedTest
    @CsvSource({
        "1921, 1921-01-01, 1921-12-31, 1921",
        "1921-11, 1921-11-01, 1921-11-30, 1921-11",
        "1921-11-05, 1921-11-05, 1921-11-05, 1921-11-05",
        "1921?, 1920-01-01, 1922-12-31, 1921?",
        "~1921, 1920-01-01, 1922-12-31, ~1921",
        "1921~, 1920-01-01, 1922-12-31, ~1921",
        "1921%, 1920-01-01, 1922-12-31, ~1921?",
        "~1921-11, 1921-10-01, 1921-12-31, ~1921-11",
        "1950s, 1950-01-01, 1959-12-31, 1950s",
        "195X, 1950-01-01, 1959-12-31, 1950s",
        "19th century, 1800-01-01, 1900-12-31, 19th century",
        "18XX, 1800-01-01, 1899-12-31, 18XX",
        "1921/1922, 1921-01-01, 1922-12-31, 1921/1922",
        "1950s/1960s, 1950-01-01, 1969-12-31, 1950s/1960s"})
    void spans(String text, String first, String last, String shown) {
        PartialDate d = PartialDate.parse(text).orElseThrow();
        assertThat(d.first()).hasToString(first);
        assertThat(d.last()).hasToString(last);
        assertThat(d).hasToString(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1921-13", "1921-00", "1921-02-30", "1922/1921", "~1921~", "0th century", "March 1921",
        "1921//1922", "19500s", "yesterday"})
    void rejects(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1950s, 1955, true", "1950s, 1962, false", "~1921, 1922, true", "~1921, 1923, false",
        "19th century, 1850, true", "19th century, 1920, false"})
    void overlapsOnlyWhereTheSpansMeet(String a, String b, boolean overlap) {
        assertThat(PartialDate.parse(a).orElseThrow().overlaps(PartialDate.parse(b).orElseThrow())).isEqualTo(overlap);
    }
}
