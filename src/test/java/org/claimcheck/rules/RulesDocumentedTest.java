package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule table lists exactly the declared rules, in the same order, with their declared severity. */
class RulesDocumentedTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\|");

    @Test
    void readmeTableMatchesTheDeclarations() throws IOException {
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        List<String> documented = new java.util.ArrayList<>();
        while (m.find()) documented.add(m.group(1) + " " + m.group(2));
        assertThat(documented).isEqualTo(Rules.ALL.stream().map(r -> r.id() + " " + r.severity().id()).toList());
    }

    @Test
    void idsAreSortedAndUnique() {
        List<String> ids = Rules.ALL.stream().map(r -> r.id()).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
