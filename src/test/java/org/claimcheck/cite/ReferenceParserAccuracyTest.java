package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the parser's measured accuracy on the labelled reference sets: each floor sits a little below the
 * figure measured when it was set, so a change that makes the parser worse fails here.
 */
class ReferenceParserAccuracyTest {
    @Test
    void accuracyStaysAboveItsFloors() throws Exception {
        List<ReferenceParserAccuracy> rows = ReferenceParserAccuracy.measureAll();
        String table = ReferenceParserAccuracy.table(rows);
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reference-accuracy.md"), table);
        // Floors, in order: date year, date exact, title exact, title lenient, first author, author count.
        assertFloors(rows.get(0), 0.985, 0.98, 0.79, 0.80, 0.895, 0.855);
        assertFloors(rows.get(1), 0.99, 0.985, 0.78, 0.795, 0.895, 0.84);
        assertFloors(rows.get(2), 0.94, 0.94, 0.79, 0.79, 0.93, 0.80);
    }

    private static void assertFloors(ReferenceParserAccuracy r, double... floors) {
        ReferenceParserAccuracy.Rate[] rates = {r.dateYear(), r.dateExact(), r.titleExact(), r.titleLenient(),
                r.firstAuthor(), r.authorCount()};
        String[] names = {"date year", "date exact", "title exact", "title lenient", "first author", "author count"};
        for (int i = 0; i < rates.length; i++) {
            assertThat(rates[i].value()).as("%s %s = %s", r.set(), names[i], rates[i]).isGreaterThanOrEqualTo(floors[i]);
        }
    }
}
