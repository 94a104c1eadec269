package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;
import org.junit.jupiter.api.Test;

class SourceListTest {
    @Test
    void anyTitleReadsBackAsItWasWritten() {
        String title = "A \"quoted\" title: with\\ a backslash,\ta tab,\na line break, \u2028 a separator, # no comment";
        String text = SourceList.empty("sources.yaml")
                .append(List.of(new SourceEntry("page", "../a \"b\".html", title, "web-page", "0".repeat(64))))
                .orElseThrow();
        Problems problems = new Problems();
        YMap entry = YNode.parse(text, "sources.yaml", problems)
                .flatMap(top -> YMap.of(top, "the sources file", List.of("sources"), problems))
                .map(m -> m.list("sources", true).get(0))
                .flatMap(item -> YMap.of(item, "a source", SourceCatalog.KEYS, problems)).orElseThrow();
        assertThat(problems.isEmpty()).isTrue();
        assertThat(entry.text("title", true)).contains(title);
        assertThat(entry.text("file", true)).contains("../a \"b\".html");
        assertThat(text).doesNotContain("\t").doesNotContain("\u2028");
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertThat(SourceEntry.quoted("a\ud800b")).isEqualTo("\"a\ufffdb\"");
        assertThat(SourceEntry.quoted("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
    }
}
