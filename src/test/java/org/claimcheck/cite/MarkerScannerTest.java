package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerScannerTest {
    private static List<Integer> numbers(String text) {
        return MarkerScanner.scan(text, 0, text.length()).stream().map(Marker::number).toList();
    }

    /** Each marker as the text it spans and its number: "[1]–[4]=2". */
    private static List<String> spans(String text) {
        return MarkerScanner.scan(text, 0, text.length()).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.number()).toList();
    }

    @Test
    void readsSinglesRunsRangesAndLists() {
        assertThat(numbers("a[4] b[2][6] c[3–5] d[3-5] e[3, 5] f[2,4-6] g[7; 9]"))
                .containsExactly(4, 2, 6, 3, 4, 5, 3, 4, 5, 3, 5, 2, 4, 5, 6, 7, 9);
    }

    @Test
    void eachMarkerSpansItsWholeBracket() {
        String text = "seen [2,4-6].";
        assertThat(MarkerScanner.scan(text, 0, text.length()))
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("[2,4-6]"));
    }

    @Test
    void collapsedIeeeRangesCountEveryNumberBetween() {
        assertThat(spans("as shown [1]–[4].")).containsExactly("[1]–[4]=1", "[1]–[4]=2", "[1]–[4]=3", "[1]–[4]=4");
        assertThat(spans("([1], [3]–[5])")).containsExactly("[1]=1", "[3]–[5]=3", "[3]–[5]=4", "[3]–[5]=5");
        assertThat(numbers("([1]–[3], [5]–[7])")).containsExactly(1, 2, 3, 5, 6, 7);
        assertThat(numbers("[1] - [3]")).containsExactly(1, 2, 3);
    }

    @Test
    void collapsedRangesThatDoNotRiseStayApart() {
        assertThat(numbers("[4]–[2]")).containsExactly(4, 2);
        assertThat(numbers("[1, p. 3]–[5]")).containsExactly(1, 5);
        assertThat(numbers("[2–3]–[5]")).containsExactly(2, 3, 5);
        assertThat(numbers("[1] and [4]")).containsExactly(1, 4);
    }

    @Test
    void locatorsAreNotCitationNumbers() {
        assertThat(spans("[2, p. 23]")).containsExactly("[2, p. 23]=2");
        assertThat(numbers("[2, pp. 23–25]")).containsExactly(2);
        assertThat(numbers("[2: 23]")).containsExactly(2);
        assertThat(numbers("[2:23–25]")).containsExactly(2);
        assertThat(numbers("[2, Ch. 4]; [3, Fig. 2]; [5, § 2.1]; [6, p. xiv]; [7, pp. 3f]")).containsExactly(2, 3, 5, 6, 7);
        assertThat(numbers("([1],[2, p. 23],[3])")).containsExactly(1, 2, 3);
        assertThat(numbers("[2, p. 23, 5]")).containsExactly(2, 5);
    }

    @Test
    void wordsIntervalsAndYearSpansAreNotMarkers() {
        assertThat(numbers("Vostok-2022 [ru] [citation needed] [n 1] x in [0, 1] the war [1914–1918] [5-3]")).isEmpty();
        assertThat(numbers("[p. 23] [2, see] [1914: 23] [2, 23 ff. and more]")).isEmpty();
    }

    @Test
    void formulasAndCodeAreNotMarkers() {
        assertThat(numbers("for all x ∈ [1, 5] and t = [2] and [3]^2 and [4] = y")).isEmpty();
        assertThat(numbers("    buffer[3] = 0;\n    if (a[1] == b[2]) {\n")).isEmpty();
        assertThat(numbers("    items[2:5]\n")).isEmpty();
        assertThat(numbers("    total += data[1];\n    wait [4];\n")).isEmpty();
    }

    @Test
    void proseEndingInSemicolonKeepsItsMarkers() {
        assertThat(numbers("the dose was reduced [3];\nthe next trial [4] found")).containsExactly(3, 4);
        assertThat(numbers("see http://example.org/a [5]")).containsExactly(5);
    }

    @Test
    void aRangeMayWrapOverALine() {
        assertThat(numbers("presented in Refs. [12, 14–\n16].")).containsExactly(12, 14, 15, 16);
    }
}
