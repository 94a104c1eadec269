package org.claimcheck.source;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;

/**
 * A document's title, for documents no source list describes: an HTML page's one {@code h1} (a page with
 * several has none that stands for it) or else its {@code <title>}; a PDF's title in its metadata when that is
 * a title (not "Layer 1", a file name or a number); otherwise the first line of the text (for Markdown without
 * its {@code #}). Rules read it for the document's topic (citation-mismatch: the names a page is about).
 */
public final class DocumentTitle {
    private static final int MAX_LENGTH = 200;
    /** Metadata titles that are a tool's, not the work's: a file name, a Word or Acrobat default. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i).*\\.(docx?|pdf|tex|dvi|eps|indd|qxd|rtf|odt)\\s*|microsoft word\\b.*|untitled.*|layer \\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private DocumentTitle() {
    }

    /** The title of {@code doc}, read from {@code bytes}, the file {@code realName} names; "" when none is found. */
    public static String of(Document doc, String realName, byte[] bytes) {
        String lower = realName.toLowerCase(Locale.ROOT);
        String title = "";
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            org.jsoup.nodes.Document dom = Jsoup.parse(Decoding.utf8(bytes));
            Elements h1 = dom.select("h1");
            title = h1.size() == 1 ? h1.first().text() : dom.title();
        } else if (lower.endsWith(".pdf")) {
            title = pdfTitle(bytes);
        }
        if (title.isBlank()) title = firstLine(doc.text(), lower.endsWith(".md"));
        return cut(title.strip().replaceAll("\\s+", " "));
    }

    private static String pdfTitle(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String t = pdf.getDocumentInformation().getTitle();
            if (t == null || t.length() > 1000) return "";
            t = t.strip();
            long words = WORD.matcher(t).results().limit(2).count();
            return words < 2 || NOT_A_TITLE.matcher(t).matches() ? "" : t;
        } catch (IOException | RuntimeException e) {
            return ""; // the document was read; its metadata is only a hint
        }
    }

    /** The first line with a word on it (after Markdown's front matter), without Markdown's heading marks. */
    private static String firstLine(String text, boolean markdown) {
        int at = 0;
        if (markdown && text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            if (end > 0) at = end + 4;
        }
        for (int lines = 0; at < text.length() && lines < 1000; lines++) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            String line = text.substring(at, Math.min(end, at + 4 * MAX_LENGTH)).strip();
            if (markdown) line = line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", "");
            if (WORD.matcher(line).find()) return line;
            at = end + 1;
        }
        return "";
    }

    private static String cut(String title) {
        if (title.length() <= MAX_LENGTH) return title;
        int space = title.lastIndexOf(' ', MAX_LENGTH);
        return title.substring(0, space > MAX_LENGTH / 2 ? space : MAX_LENGTH) + "…";
    }
}
