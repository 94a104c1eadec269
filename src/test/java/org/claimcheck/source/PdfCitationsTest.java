package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.claimcheck.rules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper typeset as PDF (built here with PDFBox and a standard font): IEEE-collapsed markers, a reference list
 * numbered bare ("1 Hope, A., ..."), the number set apart from the entry as journals print it, a page number
 * at the foot of each page, then supplementary material with its own list. It must read as written and give no
 * finding: the bare list once made "no reference list" errors, and the last list once won for every marker.
 */
class PdfCitationsTest {
    private static final String[] PAGE_1 = {"Ruritania and its neighbours",
        "Ruritania is a small kingdom [1]–[4]. Its capital is Strelsau [5], its",
        "king Rudolf ([6], [7]), its castle Zenda [2, p. 23].",
        "", "References"};
    private static final String[][] MAIN = {
        {"1", "Hope, A., The Prisoner of Zenda. Bristol: Arrowsmith, 1894."},
        {"2", "Hope, A., Rupert of Hentzau. Bristol: Arrowsmith,"}, {"", "1898."},
        {"3", "Hope, A., The Heart of Princess Osra. London: Longmans, 1896."},
        {"4", "Hope, A., Sophy of Kravonia. Bristol: Arrowsmith, 1906."},
        {"5", "Gazette, S., Strelsau today. Strelsau Gazette, 2001."},
        {"6", "Sapt, F., The king's household. Zenda Press, 1899."},
        {"7", "Tarlenheim, F., Memoirs of a courtier. Zenda Press, 1902."}};
    private static final String[] PAGE_2 = {"Supplementary material",
        "The archive holds the king's letters [1] and the court rolls [2: 12].", "", "Supplementary References"};
    private static final String[][] SUPPLEMENT = {
        {"1", "Archive, S., Letters of Rudolf V. Strelsau, 1901."},
        {"2", "Archive, S., Court rolls of Zenda. Strelsau, 1902."}};

    private static Workspace ws;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        PdfFonts.useNoSystemFonts();
        try (PDDocument pdf = new PDDocument()) {
            page(pdf, PAGE_1, MAIN, "1");
            page(pdf, PAGE_2, SUPPLEMENT, "2");
            pdf.save(dir.resolve("paper.pdf").toFile());
        }
        Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - {id: paper, file: paper.pdf, title: Ruritania}\n");
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims/vocabulary.yaml"), "entities: []\nproperties: []\n");
        ws = WorkspaceLoader.load(dir, dir.resolve("sources.yaml"), dir.resolve("claims"));
    }

    /** One page: lines of text, then numbered entries with the number in a margin column, then a page number. */
    private static void page(PDDocument pdf, String[] lines, String[][] entries, String folio) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
            float y = 780;
            for (String line : lines) {
                if (!line.isEmpty()) text(s, font, 60, y, line);
                y -= 14;
            }
            for (String[] e : entries) {
                if (!e[0].isEmpty()) text(s, font, 60, y, e[0]);
                text(s, font, 76, y, e[1]);
                y -= 12;
            }
            text(s, font, 295, 40, folio);
        }
    }

    private static void text(PDPageContentStream s, PDType1Font font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, 10);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    @Test
    void eachMarkerCountsInItsOwnList() {
        Document doc = ws.document("paper");
        assertThat(doc.markers()).extracting(m -> m.list() + ":" + m.number() + " " + doc.text().substring(m.start(), m.end()))
                .containsExactly(":1 [1]–[4]", ":2 [1]–[4]", ":3 [1]–[4]", ":4 [1]–[4]", ":5 [5]", ":6 [6]", ":7 [7]",
                        ":2 [2, p. 23]", "Supplementary References:1 [1]", "Supplementary References:2 [2: 12]");
        assertThat(doc.references()).extracting(r -> r.list() + ":" + r.number() + " " + r.text()).containsExactly(
                ":1 Hope, A., The Prisoner of Zenda. Bristol: Arrowsmith, 1894.",
                ":2 Hope, A., Rupert of Hentzau. Bristol: Arrowsmith, 1898.",
                ":3 Hope, A., The Heart of Princess Osra. London: Longmans, 1896.",
                ":4 Hope, A., Sophy of Kravonia. Bristol: Arrowsmith, 1906.",
                ":5 Gazette, S., Strelsau today. Strelsau Gazette, 2001.",
                ":6 Sapt, F., The king's household. Zenda Press, 1899.",
                ":7 Tarlenheim, F., Memoirs of a courtier. Zenda Press, 1902.",
                "Supplementary References:1 Archive, S., Letters of Rudolf V. Strelsau, 1901.",
                "Supplementary References:2 Archive, S., Court rolls of Zenda. Strelsau, 1902.");
        assertThat(doc.inBody(doc.text().indexOf("The archive holds"))).isTrue();
        assertThat(doc.inBody(doc.text().indexOf("Rupert of Hentzau"))).isFalse();
    }

    @Test
    void givesNoFinding() {
        assertThat(Checker.run(ws, Rules.ALL)).extracting(Finding::message).isEmpty();
    }
}
