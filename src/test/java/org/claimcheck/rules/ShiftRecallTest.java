package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.claim.ClaimSet;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;
import org.junit.jupiter.api.Test;

/**
 * citation-shift on real lists garbled on purpose: each corpus document with a main list of twelve entries or
 * more loses, or gains, one entry at a tenth, three tenths, half, seven tenths and nine tenths of its list, and
 * the rule must report the shift with its offset; the documents as they are must give none (CorpusPagesTest).
 * The figures are pinned so that a change to the fit signals shows in recall.
 */
class ShiftRecallTest {
    @Test
    void garbledRealListsAreFoundWithTheirOffset() {
        Path root = Path.of("src/test/resources/corpus");
        Workspace ws = WorkspaceLoader.load(root, root.resolve("sources.yaml"), root.resolve("claims"));
        TreeMap<String, String> found = new TreeMap<>();
        for (Document doc : ws.documents()) {
            List<Reference> main = doc.references().stream().filter(r -> r.list().equals(Reference.MAIN)).toList();
            if (main.size() < 12) continue;
            int hits = 0, tries = 0;
            for (double at : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
                int k = Math.max(2, (int) (main.size() * at));
                for (int offset : new int[] {-1, 1}) {
                    Document garbled = garble(doc, k, offset);
                    List<Shifts.Shift> shifts = Shifts.of(new Workspace(List.of(garbled), new ClaimSet(ws.vocabulary(), List.of(), List.of())), garbled);
                    tries++;
                    if (shifts.stream().anyMatch(s -> s.offset() == offset && s.to() > k)) hits++;
                }
            }
            found.put(doc.path(), hits + "/" + tries);
        }
        // Wikipedia sentences name what their sources' titles name, with dates; papers' sentences seldom do.
        assertThat(found).isEqualTo(new TreeMap<>(java.util.Map.of(
                "html/wp-go-lang-2017.html", "9/10", "html/wp-mozilla-2016.html", "9/10",
                "html/wp-new-zealand-2019.html", "10/10", "html/wp-tsne-2019.html", "0/10",
                "pdf/atlas-cms-higgs-mass-2015.pdf", "6/10", "pdf/bmc-agyeman-duah2014-qi.pdf", "0/10",
                "pdf/bmc-datta2010-dvt-review-4pp.pdf", "0/10", "pdf/hindawi-tully2010-heart-failure.pdf", "0/10")));
    }

    /** The document with entry k dropped (offset −1: later entries move up) or a stranger inserted before it (+1). */
    private static Document garble(Document doc, int k, int offset) {
        List<Reference> refs = new ArrayList<>();
        for (Reference r : doc.references()) {
            if (!r.list().equals(Reference.MAIN) || r.number() < k) {
                refs.add(r);
                continue;
            }
            if (offset < 0 && r.number() == k) continue;
            if (offset > 0 && r.number() == k) {
                refs.add(new Reference(k, "Doe, J. (1950). \"Unrelated pamphlet\". Nowhere Press.", r.start(), r.end()));
            }
            refs.add(new Reference(r.number() + offset, r.text(), r.start(), r.end(), r.list(), null, r.links()));
        }
        return new Document(doc.info(), doc.text(), doc.positions(), doc.actualSha256(), doc.markers(), refs,
                doc.bodyEnd(), doc.setAside(), doc.inList(), doc.citeErrors());
    }
}
