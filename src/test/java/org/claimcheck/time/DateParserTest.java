package org.claimcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2000-11-17|2000-11-17",
            "2008-06-16|2008-06-16",
            "20 March 2023|2023-03-20",
            "14 December 1974|1974-12-14",
            "May 2005|2005-05",
            "July 23, 2018|2018-07-23",
            "May 9, 2015|2015-05-09",
            "(2010)|2010",
            "2005|2005",
            "Mar. 2007|2007-03",
            "2007/03|2007-03",
            "Sept. 4, 1999|1999-09-04",
            "(September, 1964).|1964-09",
            "May2015|2015-05",
            "2007a.|2007",
            "29 February 2024|2024-02-29"})
    void readsEachCommonForm(String text, String iso) {
        assertThat(DateParser.parse(text)).map(PartialDate::toString).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30, 2020", "30 Feb 2020", "2021-02-29", "2007/13", "31 April 2001", "n.d.",
            "", "Mayor 2005", "12345", "May 2005 and June 2006", "pp. 1989-1995"})
    void rejectsWhatIsNotExactlyOneValidDate(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @Test
    void findsEveryDateWithItsOffsets() {
        String text = "Blagov (May 2005). Archived on March 22, 2007. Retrieved 2008-06-16.";
        List<DateParser.Found> all = DateParser.findAll(text);
        assertThat(all).extracting(f -> f.date().toString()).containsExactly("2005-05", "2007-03-22", "2008-06-16");
        DateParser.Found first = all.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("May 2005");
    }

    @Test
    void anImpossibleDateDoesNotLeaveItsYearBehind() {
        assertThat(DateParser.findAll("on February 30, 2020 and in 2021")).extracting(f -> f.date().toString())
                .containsExactly("2021");
    }

    @Test
    void pageRangesAndLongNumbersAreNotYears() {
        assertThat(DateParser.findAll("vol. 36, pp. 1989-1995; ISBN 99929-2006-1; 120045")).isEmpty();
    }
}
