package org.claimcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.ParsedReference;
import org.claimcheck.cite.ReferenceParser;
import org.claimcheck.cite.TextCitations;

/**
 * Fuzzes the text scanners directly, many times faster than through a whole workspace: the marker and list
 * scanner over any text, and the reference parser over any entry. They must return (no exception, no stack
 * overflow from a pattern) with markers inside the text.
 */
class CitationTextFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void citations(@NotNull String text) {
        TextCitations cites = TextCitations.read(text, offset -> false);
        for (Marker m : cites.markers()) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start(), text.length());
        }
        assertThat(cites.bodyEnd()).isBetween(0, text.length());
    }

    @FuzzTest(maxDuration = "10s")
    void reference(@NotNull String entry) {
        ParsedReference parsed = ReferenceParser.parse(entry);
        assertThat(parsed).isNotNull();
    }
}
