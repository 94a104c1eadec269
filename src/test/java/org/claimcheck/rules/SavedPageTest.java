package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.coverage.Coverage;
import org.claimcheck.source.Document;
import org.claimcheck.source.SetAside;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A saved news page (hand-written: site header with search and menu, breadcrumb, cookie banner, skip link, a
 * left sidebar of most-read teasers and a newsletter box, a shop offer and a deal box, a share bar and a table of
 * contents in the article, a site footer with copyright and licence) against its article alone: every rule
 * finds the same, coverage asks for the same sentences, and nothing points into the furniture. The sidebar
 * comes before the article, as in many page layouts, with an unsourced-looking teaser ("[citation needed]")
 * and a variant spelling ("Javascript"): read as text they give a citation-needed finding and change the
 * name-variant counts.
 */
class SavedPageTest {
    private static final Path ROOT = Path.of("src/test/resources/furniture");
    private static Workspace page;
    private static Workspace article;

    @BeforeAll
    static void load() {
        page = WorkspaceLoader.load(ROOT, ROOT.resolve("page/sources.yaml"), ROOT.resolve("claims"));
        article = WorkspaceLoader.load(ROOT, ROOT.resolve("article/sources.yaml"), ROOT.resolve("claims"));
    }

    /** Each finding as rule, message and the texts it points at, the file's name taken out. */
    private static List<String> findings(Workspace ws) {
        String file = ws.documents().get(0).path();
        return Checker.run(ws, Rules.ALL).stream().map(f -> f.rule() + ": " + f.message().replace(file, "DOC") + " "
                + f.locations().stream().map(Location::text).toList()).toList();
    }

    @Test
    void theRulesFindWhatTheyFindInTheArticleAlone() {
        assertThat(findings(page)).isEqualTo(findings(article)).containsExactly(
                "citation-out-of-range: [7] in DOC points at no reference entry (its link #cite_note-7 leads nowhere in"
                        + " the page): its reference list has 4 entries [[7]]",
                "name-variant: \"JavaScript\" (2 times) and \"Javascript\" (once) look like one name spelled two ways"
                        + " (a letter-case slip) [JavaScript, JavaScript, Javascript]",
                "reference-identifier: entry 3 in DOC: ISBN 978-1-56592-582-4 has a wrong check digit: the other"
                        + " digits call for 3, not 4 [978-1-56592-582-4]",
                "citation-needed: an editor marked this as needing a citation: \"…in 2014 prompted a backlash from"
                        + " conservatives who felt he had been forced out.\" [[citation needed]]");
    }

    @Test
    void noFindingPointsOutsideTheArticle() throws IOException {
        List<String> html = Files.readAllLines(ROOT.resolve("page/page.html"));
        int first = indexOf(html, "<article") + 1;
        int last = indexOf(html, "</article>") + 1;
        for (Finding f : Checker.run(page, Rules.ALL)) {
            assertThat(f.locations()).allSatisfy(l -> assertThat(l.line()).as(f.message()).isBetween(first, last));
        }
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) return i;
        }
        throw new AssertionError(start);
    }

    @Test
    void coverageAsksForTheArticlesSentencesOnly() {
        assertThat(uncovered(page)).isEqualTo(uncovered(article)).hasSize(9)
                .contains("By Ann Lee, 3 May 2019", "The dinosaur logo, drawn in 1998 by Shepard Fairey.");
    }

    private static List<String> uncovered(Workspace ws) {
        return Coverage.of(ws).get(0).uncovered().stream().map(Location::text).toList();
    }

    @Test
    void theFurnitureIsSetAsideForItsReasonsAndTheArticleKept() {
        Document doc = page.documents().get(0);
        List<String> structure = List.of("Skip to content", "We use cookies since 25 May 2018",
                "Home\nNews\nScience\nShop\nAbout us", "Browsers › Mozilla", "Most read", "Javascript at 25",
                "Get our newsletter", "Facebook Twitter Email", "1 History", "© 2019 Example Media Ltd.",
                "Javascript is required");
        for (String s : structure) assertThat(reason(doc, s)).as(s).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Free shipping on orders over $50")).isEqualTo(SetAside.Reason.TEXT);
        assertThat(reason(doc, "Deal of the day")).isEqualTo(SetAside.Reason.SELECTOR);
        List<String> kept = List.of("The Mozilla project\n", "By Ann Lee, 3 May 2019", "28 February 1998",
                "The dinosaur logo", "Mozilla is a free-software community", "\"Mozilla Manifesto\"",
                "Filed under Software and Open source");
        for (String s : kept) assertThat(reason(doc, s)).as(s).isNull();
        assertThat(doc.references()).hasSize(4);
        assertThat(doc.markers()).hasSize(5);
    }

    private static SetAside.Reason reason(Document doc, String text) {
        int at = doc.text().indexOf(text, doc.text().indexOf('\n'));
        assertThat(at).as(text).isGreaterThan(0);
        return doc.setAside().reason(at);
    }
}
