package org.claimcheck.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF through PDFBox, page by page, so that every place is reported with its page and its line on that page.
 * Text is taken in content-stream order, not sorted by position: sorting interleaves the lines of two-column
 * pages, which splits sentences and reference entries; publishers write each column as one stream. Running
 * heads, footers and page numbers are found in the text of the pages ({@link RunningHeads}).
 */
final class PdfReader {
    /** A source of more pages than this is refused: books are split into the chapters a claim cites. */
    static final int MAX_PAGES = 5000;

    private PdfReader() {
    }

    static Extracted read(byte[] bytes) throws IOException {
        PdfFonts.useNoSystemFonts();
        try (PDDocument pdf = load(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) throw new IOException("it has " + pages + " pages, more than " + MAX_PAGES);
            PdfContentBudget.check(pdf);
            PageStarts stripper = new PageStarts(pages);
            StringWriter out = new StringWriter();
            stripper.writeText(pdf, out);
            StringBuilder text = stripper.finish(out);
            int[] pageStarts = stripper.starts;
            String all = text.toString();
            LineIndex lines = new LineIndex(all);
            List<SetAside.Range> furniture = RunningHeads.of(all, pageStarts);
            return new Extracted(all, offset -> {
                int i = Arrays.binarySearch(pageStarts, offset);
                int page = i >= 0 ? i : Math.max(0, -i - 2);
                // skip empty pages that share a start offset with the next one
                while (page + 1 < pageStarts.length && pageStarts[page + 1] == pageStarts[page]) page++;
                Position inDoc = lines.position(offset, 0);
                int firstLine = lines.position(pageStarts.length == 0 ? 0 : pageStarts[page], 0).line();
                return new Position(inDoc.line() - firstLine + 1, inDoc.column(), page + 1);
            }, null, null, furniture, List.of());
        }
    }

    /** The parsed PDF, or an error that says what is wrong with the file and what to do. */
    private static PDDocument load(byte[] bytes) throws IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new IOException("it is encrypted with a password: check an unencrypted copy");
        } catch (IOException e) {
            throw new IOException("it is damaged, truncated or not a PDF (" + e.getMessage() + "): check a complete copy");
        }
    }

    /**
     * Extracts every page in one pass (getText per page walks the document from its first page each time, so
     * a long PDF took time with the square of its pages), noting where each page starts in the text; each
     * page's text ends with a line break, as when pages were extracted one by one.
     */
    private static final class PageStarts extends PDFTextStripper {
        final int[] starts;
        private StringBuffer buffer;
        private int page;

        PageStarts(int pages) {
            starts = new int[pages];
            setLineSeparator("\n");
            setPageEnd("");
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            StringBuffer b = buffer();
            if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
            starts[page++] = b.length();
            super.startPage(p);
        }

        private StringBuffer buffer() throws IOException {
            output.flush();
            if (buffer == null) buffer = ((StringWriter) output).getBuffer();
            return buffer;
        }

        StringBuilder finish(StringWriter out) {
            StringBuilder text = new StringBuilder(out.getBuffer());
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append('\n');
            return text;
        }
    }
}
