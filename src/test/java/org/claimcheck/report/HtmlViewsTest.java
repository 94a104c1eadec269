package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.check.Location;
import org.claimcheck.report.HtmlModel.Note;
import org.claimcheck.report.HtmlModel.Row;
import org.claimcheck.report.HtmlModel.Segment;
import org.claimcheck.source.LineIndex;
import org.junit.jupiter.api.Test;

/** The pieces the HTML report is made of: overlapping marks, the size cap, evidence placed in its paragraph. */
class HtmlViewsTest {
    static AnnotatedText text(String text, List<AnnotatedText.Span> quotes, List<AnnotatedText.Span> markers) {
        LineIndex lines = new LineIndex(text);
        return new AnnotatedText("doc.txt", "Doc", text, o -> lines.position(o, 0), quotes, markers);
    }

    @Test
    void overlappingQuotesMarkersAndEvidenceAreCutIntoPiecesMarkedWithEveryKindCoveringThem() {
        String s = "Alpha beta gamma.[1]\r\n\r\nDelta epsilon.";
        AnnotatedText doc = text(s, List.of(new AnnotatedText.Span(0, 16, "c1", "a.yaml:3:9"),
                new AnnotatedText.Span(6, 20, "c2", "a.yaml:9:9")), List.of(new AnnotatedText.Span(17, 20, "[1]", null)));
        var view = DocumentViews.view(doc, "f0", "doc-f0", List.of(new DocumentViews.Hit(11, 16, 4, "rule-x", "a message")));
        assertThat(view.note()).isNull();
        assertThat(view.rows()).containsExactly(
                new Row(1, null, List.of(
                        new Segment("Alpha ", "q", List.of("f0-0-16"), "claim c1"),
                        new Segment("beta ", "q", List.of("f0-6-20"), "claim c2"),
                        new Segment("gamma", "q e", List.of("f0-11-16"), "finding 4: rule-x"),
                        new Segment(".", "q", List.of(), null),
                        new Segment("[1]", "q m", List.of("f0-17-20"), "marker [1]")), List.of(
                        new Note("quote-note", "#f0-0-16", null, "c1", "a.yaml:3:9"),
                        new Note("quote-note", "#f0-6-20", null, "c2", "a.yaml:9:9"),
                        new Note("finding-note", "#finding-4", "finding-4", "4. rule-x", "a message"))),
                new Row(3, null, List.of(new Segment("Delta epsilon.", null, List.of(), null)), List.of()));
    }

    @Test
    void aTextPastTheCapIsCutAtALineBreakWithANote() {
        String line = "x".repeat(99) + "\n";
        String s = line.repeat(25_000);
        AnnotatedText doc = text(s, List.of(new AnnotatedText.Span(2_400_000, 2_400_010, "late", "a.yaml:1:1")), List.of());
        var view = DocumentViews.view(doc, "f0", "doc-f0", List.of(new DocumentViews.Hit(2_400_000, 2_400_010, 1, "r", "m")));
        assertThat(view.note()).isEqualTo("The text is cut after 1999999 of 2500000 characters to keep the report small;"
                + " the findings above show their evidence past the cut.");
        assertThat(view.rows()).hasSize(20_000);
        assertThat(view.rows().get(19_999).line()).isEqualTo(20_000);
        assertThat(view.rows()).allMatch(r -> r.notes().isEmpty() && r.segments().size() == 1);
    }

    @Test
    void evidenceIsShownInItsParagraphWithoutItsIndentOrInItsContextWhenNotAtItsPlace() {
        String s = "Title\n\u00a0\u00a0 First sentence. The evidence here. Last one.  \nNext.";
        Evidence evidence = new Evidence(List.of(text(s, List.of(), List.of())));
        Location at = new Location("doc.txt", 2, 20, 0, "The evidence here.", "…sentence. The evidence here. Last…");
        assertThat(evidence.excerpt(at, Evidence.AROUND)).isEqualTo(new Evidence.Excerpt(25, "First sentence. ", "The evidence here.",
                " Last one."));
        Location elsewhere = new Location("doc.txt", 3, 1, 0, "The evidence here.", "…sentence. The evidence here. Last…");
        assertThat(evidence.excerpt(elsewhere, Evidence.AROUND)).isEqualTo(new Evidence.Excerpt(-1, "…sentence. ", "The evidence here.",
                " Last…"));
    }
}
