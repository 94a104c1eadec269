package org.claimcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "as Smith and Jones (2000, 2005) showed, the lake shrank",
            "the lake shrank (Smith, 2000)",
            "the lake shrank (see Lee 1999; Smith et al., 2000)",
            "the lake shrank, as Smith et al. 2005 found",
            "Smith (2000) argued that the lake shrank",
            "the court cited Opinion 2027 in its ruling",
            "the office ran Windows 2000 until then",
            "under Resolution No. 2027 of the council",
            "a pipeline of 1500 km",
            "about 2000 soldiers crossed the border",
            "the ticket cost $2000 at the door",
            "some 2,000 people and 2.2005 units",
            "a wall built 1800 years ago"})
    void numbersThatOnlyLookLikeYearsAreNotDates(String text) {
        assertThat(ProseDates.findAll(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In 2004 the party won|2004",
            "the party won in 2004.|2004",
            "the Mongolian Revolution (1921) brought the party to power|1921",
            "(In 2004, the party won)|2004",
            "the film premiered in May 2021|2021-05",
            "the treaty was signed in 1921 by 2000 members|1921",
            "The 2004 election returned the party|2004",
            "In Q1 2011 it lost $726 million|2011"})
    void yearsOfEventsStay(String text, String iso) {
        assertThat(ProseDates.findAll(text)).extracting(f -> f.date().toString()).containsExactly(iso);
    }
}
