package org.claimcheck.source;

import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF through PDFBox, page by page, so that every place is reported with its page and its line on that page. */
final class PdfReader {
    private PdfReader() {
    }

    static Extracted read(byte[] bytes) throws IOException {
        PdfFonts.useNoSystemFonts();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            StringBuilder text = new StringBuilder();
            int pages = pdf.getNumberOfPages();
            int[] pageStarts = new int[pages];
            for (int p = 1; p <= pages; p++) {
                pageStarts[p - 1] = text.length();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                text.append(stripper.getText(pdf).replace("\r\n", "\n"));
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append('\n');
            }
            String all = text.toString();
            LineIndex lines = new LineIndex(all);
            return new Extracted(all, offset -> {
                int i = Arrays.binarySearch(pageStarts, offset);
                int page = i >= 0 ? i : Math.max(0, -i - 2);
                // skip empty pages that share a start offset with the next one
                while (page + 1 < pageStarts.length && pageStarts[page + 1] == pageStarts[page]) page++;
                Position inDoc = lines.position(offset, 0);
                int firstLine = lines.position(pageStarts.length == 0 ? 0 : pageStarts[page], 0).line();
                return new Position(inDoc.line() - firstLine + 1, inDoc.column(), page + 1);
            }, null);
        }
    }
}
