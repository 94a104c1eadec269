package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerScannerTest {
    private static List<Integer> numbers(String text) {
        return MarkerScanner.scan(text, 0, text.length()).stream().map(Marker::number).toList();
    }

    @Test
    void readsSinglesRunsRangesAndLists() {
        assertThat(numbers("a[4] b[2][6] c[3–5] d[3-5] e[3, 5] f[2,4-6]"))
                .containsExactly(4, 2, 6, 3, 4, 5, 3, 4, 5, 3, 5, 2, 4, 5, 6);
    }

    @Test
    void eachMarkerSpansItsWholeBracket() {
        String text = "seen [2,4-6].";
        assertThat(MarkerScanner.scan(text, 0, text.length()))
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("[2,4-6]"));
    }

    @Test
    void wordsIntervalsAndYearSpansAreNotMarkers() {
        assertThat(numbers("Vostok-2022 [ru] [citation needed] [n 1] x in [0, 1] the war [1914–1918] [5-3]")).isEmpty();
    }
}
