package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.claim.ClaimSet;
import org.claimcheck.claim.Vocabulary;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The New Zealand page (corpus/MANIFEST.md, numbering consistent) with one entry of its list taken out or put
 * in, in memory: citation-shift must report the stretch of markers after it as one finding, placed at the
 * change, and the citation rules must report nothing else about those markers.
 */
class ShiftedPageTest {
    private static final List<String> CITATION_RULES = List.of("citation-anachronism", "citation-mismatch", "citation-shift");
    private static Document page;

    @BeforeAll
    static void load() {
        Path root = Path.of("src/test/resources/corpus");
        Workspace ws = WorkspaceLoader.load(root, root.resolve("sources.yaml"), root.resolve("claims"));
        page = ws.documents().stream().filter(d -> d.path().endsWith("wp-new-zealand-2019.html")).findFirst().orElseThrow();
    }

    /** The page with entry k of its main list removed (delta −1) or an unrelated entry put before it (+1). */
    private static List<String> findings(int k, int delta) {
        List<Reference> refs = new ArrayList<>();
        for (Reference r : page.references()) {
            if (!r.list().equals(Reference.MAIN) || r.number() < k) {
                refs.add(r);
                continue;
            }
            if (r.number() == k && delta < 0) continue;
            if (r.number() == k) refs.add(new Reference(k, "Doe, J. (1950). \"Unrelated pamphlet\". Nowhere.", r.start(), r.end()));
            refs.add(new Reference(r.number() + delta, r.text(), r.start(), r.end(), r.list(), r.id(), r.links()));
        }
        Document d = new Document(page.info(), page.text(), page.positions(), page.actualSha256(), page.markers(), refs,
                page.bodyEnd(), page.setAside(), page.inList(), page.citeErrors());
        Workspace ws = new Workspace(List.of(d), new ClaimSet(Vocabulary.EMPTY, List.of(), List.of()));
        return Checker.run(ws, Rules.ALL).stream().filter(f -> CITATION_RULES.contains(f.rule()))
                .map(f -> f.rule() + ": " + f.message() + " | fix: " + f.fix()).toList();
    }

    @Test
    void lostEntryIsOneShift() {
        assertThat(findings(110, -1)).containsExactly(
                "citation-shift: markers [111]–[362] each fit the entry before their own (44 of the 54 numbers with "
                + "evidence): [248] for \"…iveable city and Wellington the twelfth by the Mercer Quality of Living Survey.\" "
                + "fits entry 247 (2016-02-23, \"Quality of Living Ranking 2016\"), not entry 248 (undated, \"NZ life "
                + "expectancy among world's best\"); the list seems to have lost an entry just before entry 110 | fix: cite "
                + "[n−1] for each [n] from [111] to [362], or restore the entry missing just before entry 110");
    }

    @Test
    void gainedEntryIsOneShift() {
        assertThat(findings(110, 1)).containsExactly(
                "citation-shift: markers [111]–[362] each fit the entry after their own (52 of the 58 numbers with "
                + "evidence): [248] for \"…iveable city and Wellington the twelfth by the Mercer Quality of Living Survey.\" "
                + "fits entry 249 (2016-02-23, \"Quality of Living Ranking 2016\"), not entry 248 (2007-06-30, \"Subnational "
                + "population estimates at 30 June 2009\"); the list seems to have gained an entry, one of entries 110–111 | "
                + "fix: cite [n+1] for each [n] from [111] to [362], or remove an entry, one of entries 110–111");
    }
}
