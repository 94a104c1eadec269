package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.source.SetAside.Range;
import org.claimcheck.source.SetAside.Reason;
import org.junit.jupiter.api.Test;

class SetAsideTest {
    private static final String TEXT = "Home News\nMozilla was founded in 1998.\nShare this\n";

    @Test
    void overlappingRangesCountUnderTheFirstReasonAndVisibleCharactersOnly() {
        SetAside s = SetAside.of(TEXT, List.of(new Range(0, 9, Reason.SELECTOR), new Range(5, 9, Reason.STRUCTURE),
                new Range(39, 49, Reason.TEXT), new Range(39, 100, Reason.LINES)));
        assertThat(s.reason(0)).isEqualTo(Reason.SELECTOR);
        assertThat(s.reason(5)).isEqualTo(Reason.STRUCTURE);
        assertThat(s.reason(9)).isNull();
        assertThat(s.reason(40)).isEqualTo(Reason.TEXT);
        assertThat(s.contains(49)).isTrue();
        assertThat(s.characters()).containsExactly(java.util.Map.entry(Reason.STRUCTURE, 4),
                java.util.Map.entry(Reason.SELECTOR, 4), java.util.Map.entry(Reason.TEXT, 9));
        assertThat(s.total()).isEqualTo(17);
        assertThat(s.textCharacters()).isEqualTo(41);
    }

    @Test
    void keptTextSkipsWhatIsSetAside() {
        SetAside s = SetAside.of(TEXT, List.of(new Range(0, 10, Reason.STRUCTURE), new Range(18, 22, Reason.TEXT)));
        assertThat(s.firstKept(0, TEXT.length())).isEqualTo(10);
        assertThat(s.firstKept(0, 10)).isEqualTo(-1);
        assertThat(s.kept(TEXT, 0, 38)).isEqualTo("Mozilla founded in 1998.");
        assertThat(SetAside.NONE.kept(TEXT, 0, 9)).isEqualTo("Home News");
    }
}
