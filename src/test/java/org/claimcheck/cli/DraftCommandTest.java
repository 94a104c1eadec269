package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Quote;
import org.claimcheck.coverage.Draft;
import org.claimcheck.rules.Rules;
import org.claimcheck.source.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandTest {
    @TempDir
    Path root;

    /** A workspace of the seeds with the repository's vocabulary and no claims yet. */
    private void seedsWorkspace() throws IOException {
        Files.createDirectories(root.resolve("seeds"));
        Files.createDirectories(root.resolve("claims"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) Files.copy(f, root.resolve("seeds").resolve(f.getFileName()));
        }
        Files.copy(Path.of("claims/vocabulary.yaml"), root.resolve("claims/vocabulary.yaml"));
    }

    @Test
    void eachSeedsDraftLoadsAndEveryQuoteAnchorsWithItsMarkers() throws IOException {
        seedsWorkspace();
        for (String id : List.of("talks-1921", "wiki-mongolia-russia")) {
            Cli r = Cli.run("draft", id, "--root=" + root);
            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isEqualTo(0);
            assertThat(r.out()).startsWith("wrote claims/draft-" + id + ".yaml: 46 claims to complete from seeds/");
        }
        Workspace ws = WorkspaceLoader.load(root, root.resolve("seeds/sources.yaml"), root.resolve("claims"));
        assertThat(ws.claims()).hasSize(92);
        for (Claim c : ws.claims()) {
            assertThat(c.assertions()).isEmpty();
            for (Quote q : c.quotes()) assertThat(ws.anchor(q).match()).as(c.id()).isEqualTo(Anchor.Match.EXACT);
        }
        // every quote stands once or says which, and carries the markers it records
        assertThat(Checker.run(ws, List.of(Rules.byId("quote-not-found").orElseThrow(),
                Rules.byId("quote-ambiguous").orElseThrow(), Rules.byId("cites-mismatch").orElseThrow()))).isEmpty();
    }

    @Test
    void aDraftNeverOverwritesAFile() throws IOException {
        seedsWorkspace();
        Path taken = root.resolve("claims/draft-talks-1921.yaml");
        Files.writeString(taken, "claims: []\n");
        Cli r = Cli.run("draft", "talks-1921", "--root=" + root);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claims/draft-talks-1921.yaml: exists; draft never overwrites a file: name another"
                + " with --out\n");
        assertThat(Files.readString(taken)).isEqualTo("claims: []\n");
    }

    /** How much of the seeds' own recording a draft reproduces: the quotes whose sentence it drafts. */
    @Test
    void theDraftsHoldTheSentencesOfMostOfTheSeedsQuotes() {
        Workspace ws = WorkspaceLoader.load(Path.of("."), Path.of("seeds/sources.yaml"), Path.of("claims"));
        java.util.Map<String, List<Draft.Sketch>> sketches = new java.util.HashMap<>();
        for (Document doc : ws.documents()) sketches.put(doc.id(), Draft.of(doc, ws.vocabulary()));
        int quotes = 0;
        int drafted = 0;
        int claims = 0;
        List<String> missed = new java.util.ArrayList<>();
        for (Claim c : ws.claims()) {
            boolean all = true;
            for (Quote q : c.quotes()) {
                quotes++;
                Anchor a = ws.anchor(q);
                if (sketches.get(q.source()).stream().anyMatch(s -> s.start() < a.end() && a.start() < s.end())) drafted++;
                else {
                    all = false;
                    missed.add(q.text());
                }
            }
            if (all) claims++;
        }
        assertThat(quotes + " quotes, " + drafted + " in a drafted sentence; " + claims + " of " + ws.claims().size()
                + " claims wholly").isEqualTo("124 quotes, 122 in a drafted sentence; 113 of 114 claims wholly");
        List<Quote> recorded = ws.claims().stream().flatMap(c -> c.quotes().stream()).toList();
        long used = sketches.entrySet().stream().mapToLong(e -> e.getValue().stream().filter(s -> recorded.stream()
                .anyMatch(q -> q.source().equals(e.getKey()) && ws.anchor(q).start() < s.end()
                        && s.start() < ws.anchor(q).end())).count()).sum();
        assertThat(used + " of " + sketches.values().stream().mapToInt(List::size).sum() + " drafted sentences recorded by hand")
                .isEqualTo("84 of 92 drafted sentences recorded by hand");
        // the two sentences it leaves out state no date, number, marker or name: only a reader sees their claim
        assertThat(missed).containsExactly("Our side does not want to take up the border issue now.",
                "We suggest that the current talks leave the border issue as it is.");
    }
}
