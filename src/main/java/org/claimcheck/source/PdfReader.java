package org.claimcheck.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF through PDFBox, page by page, so that every place is reported with its page and its line on that page.
 * Text is taken in content-stream order, not sorted by position: sorting interleaves the lines of two-column
 * pages, which splits sentences and reference entries; publishers write each column as one stream.
 */
final class PdfReader {
    /** Lines this far from a page's top or bottom may be running headers and footers. */
    private static final int FURNITURE_LINES = 3;
    /** A line shaped like a running head found at the edges of two pages is one this far from another page's edge. */
    private static final int FURNITURE_REACH = 6;
    /** A folio: "7", "Page 7", "7 of 11", "Page 7 of 11", "- 7 -". */
    private static final Pattern FOLIO = Pattern.compile("(?i)(?:page\\s*)?(\\d{1,4})(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*(\\d{1,4})\\s*[-–—]");
    /** "Page 7 of 11" inside a running head, which the first page's head may lack. */
    private static final Pattern PAGE_OF = Pattern.compile("(?i)\\s*\\bpage\\s*#(?:\\s*(?:of|/)\\s*#)?");
    /** A source of more pages than this is refused: books are split into the chapters a claim cites. */
    static final int MAX_PAGES = 5000;

    private PdfReader() {
    }

    static Extracted read(byte[] bytes) throws IOException {
        PdfFonts.useNoSystemFonts();
        try (PDDocument pdf = load(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) throw new IOException("it has " + pages + " pages, more than " + MAX_PAGES);
            PageStarts stripper = new PageStarts(pages);
            StringWriter out = new StringWriter();
            stripper.writeText(pdf, out);
            StringBuilder text = stripper.finish(out);
            int[] pageStarts = stripper.starts;
            String all = text.toString();
            LineIndex lines = new LineIndex(all);
            List<SetAside.Range> furniture = new ArrayList<>();
            for (int start : furniture(all, pageStarts)) {
                furniture.add(new SetAside.Range(start, all.indexOf('\n', start), SetAside.Reason.RUNNING_HEAD));
            }
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

    /**
     * Start offsets of running heads and footers, and of page numbers: lines near a page's top or bottom whose
     * text, digits and "Page 9 of 11" aside, recurs near the edge of another page (then a line of that shape a
     * little further in on a third page is one too: the first page's footer sits above its licence); and lines
     * that are only a page's number, counted in step with the pages on at least two of them.
     */
    static int[] furniture(String text, int[] pageStarts) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        Map<Integer, Set<Integer>> folioPages = new HashMap<>();
        List<int[]> candidates = new ArrayList<>();
        List<int[]> folios = new ArrayList<>();
        for (int p = 0; p < pageStarts.length; p++) {
            int end = p + 1 < pageStarts.length ? pageStarts[p + 1] : text.length();
            List<Integer> starts = new ArrayList<>();
            for (int s = pageStarts[p]; s < end; s = text.indexOf('\n', s) + 1) {
                if (text.indexOf('\n', s) < 0) break;
                if (!text.substring(s, text.indexOf('\n', s)).isBlank()) starts.add(s);
            }
            for (int k = 0; k < starts.size(); k++) {
                int fromEdge = Math.min(k, starts.size() - 1 - k);
                if (fromEdge >= FURNITURE_REACH) continue;
                int s = starts.get(k);
                if (fromEdge < FURNITURE_LINES) pagesOf.computeIfAbsent(shape(text, s), x -> new HashSet<>()).add(p);
                candidates.add(new int[] {s, p});
                Matcher folio = FOLIO.matcher(text.substring(s, text.indexOf('\n', s)).strip());
                if (fromEdge < FURNITURE_LINES && folio.matches()) {
                    // the number minus the page's index is the same on every page a folio numbers
                    int shift = Integer.parseInt(folio.group(folio.group(1) != null ? 1 : 2)) - p;
                    folioPages.computeIfAbsent(shift, x -> new HashSet<>()).add(p);
                    folios.add(new int[] {s, shift});
                }
            }
        }
        IntStream heads = candidates.stream()
                .filter(c -> pagesOf.getOrDefault(shape(text, c[0]), Set.of()).size() >= 2)
                .filter(c -> shape(text, c[0]).replaceAll("[^\\p{L}]", "").length() >= 4)
                .mapToInt(c -> c[0]);
        IntStream numbers = folios.stream().filter(f -> folioPages.get(f[1]).size() >= 2).mapToInt(f -> f[0]);
        return IntStream.concat(heads, numbers).sorted().distinct().toArray();
    }

    private static String shape(String text, int lineStart) {
        String digitless = text.substring(lineStart, text.indexOf('\n', lineStart)).strip().replaceAll("\\d+", "#");
        return PAGE_OF.matcher(digitless).replaceAll(" ").strip();
    }
}
