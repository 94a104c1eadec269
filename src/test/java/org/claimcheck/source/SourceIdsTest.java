package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceIdsTest {
    @Test
    void fileNamesBecomeKebabCaseIds() {
        assertThat(SourceIds.base("Mongolia–Russia relations (2019).html")).isEqualTo("mongolia-russia-relations-2019");
        assertThat(SourceIds.base("000_b764a032f36e08ce.txt")).isEqualTo("000-b764a032f36e08ce");
        assertThat(SourceIds.base("Café Zürich.md")).isEqualTo("cafe-zurich");
        assertThat(SourceIds.base("日本.html")).isEqualTo("document");
        assertThat(SourceIds.base(".pdf")).isEqualTo("pdf");
        assertThat(SourceIds.base("a".repeat(300) + ".txt")).hasSize(100);
    }

    @Test
    void aTakenIdGetsTheNextFreeSuffixInOrder() {
        Set<String> taken = new HashSet<>();
        List<String> ids = new java.util.ArrayList<>();
        for (String name : List.of("report.html", "Report.pdf", "report-2.txt", "REPORT.md")) {
            String id = SourceIds.forFile(name, taken);
            taken.add(id);
            ids.add(id);
        }
        assertThat(ids).containsExactly("report", "report-2", "report-2-2", "report-3");
    }
}
