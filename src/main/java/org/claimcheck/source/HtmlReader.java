package org.claimcheck.source;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * HTML through jsoup with source positions tracked: the visible text, one line per block element, each text
 * run mapped back to its line and column in the HTML file.
 */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "br", "tr", "table", "section", "article", "header", "footer", "blockquote",
            "figure", "figcaption", "caption", "pre", "hr", "nav", "aside", "main", "title");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head");

    private HtmlReader() {
    }

    static Extracted read(byte[] bytes) {
        String html = Decoding.utf8(bytes);
        org.jsoup.nodes.Document dom = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Walker walker = new Walker();
        Element title = dom.selectFirst("title");
        if (title != null) title.traverse(walker);
        dom.body().traverse(walker);
        LineIndex lines = new LineIndex(html);
        int[] textStarts = Arrays.copyOf(walker.textStarts, walker.runs);
        int[] sourceStarts = Arrays.copyOf(walker.sourceStarts, walker.runs);
        String text = walker.out.toString();
        return new Extracted(text, offset -> {
            int i = Arrays.binarySearch(textStarts, offset);
            int run = i >= 0 ? i : Math.max(0, -i - 2);
            int source = textStarts.length == 0 ? 0 : sourceStarts[run] + (offset - textStarts[run]);
            return lines.position(Math.min(source, html.length()), 0);
        }, walker.notes.markers(), walker.notes.references(), offset -> false);
    }

    private static final class Walker implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final HtmlNotes notes = new HtmlNotes();
        int[] textStarts = new int[256];
        int[] sourceStarts = new int[256];
        int runs;
        int hiddenDepth;
        int noteStart = -1;
        int linkStart = -1;
        String linkTarget;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (HIDDEN.contains(e.normalName()) || e.hasClass("mw-editsection")) hiddenDepth++;
                if (BLOCKS.contains(e.normalName())) newline();
                if (HtmlNotes.isNote(e)) noteStart = out.length();
                if (hiddenDepth == 0 && linkStart < 0 && HtmlNotes.target(e) != null) {
                    linkStart = out.length();
                    linkTarget = HtmlNotes.target(e);
                }
            } else if (node instanceof TextNode t && hiddenDepth == 0) {
                String s = t.text();
                if (s.isBlank()) {
                    if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) out.append(' ');
                    return;
                }
                if (runs == textStarts.length) {
                    textStarts = Arrays.copyOf(textStarts, runs * 2);
                    sourceStarts = Arrays.copyOf(sourceStarts, runs * 2);
                }
                textStarts[runs] = out.length();
                sourceStarts[runs] = Math.max(0, t.sourceRange().startPos());
                runs++;
                out.append(s);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (HIDDEN.contains(e.normalName()) || e.hasClass("mw-editsection")) hiddenDepth--;
                if (HtmlNotes.isNote(e) && noteStart >= 0) {
                    String raw = out.substring(noteStart);
                    String entry = raw.strip();
                    int start = noteStart + raw.indexOf(entry);
                    notes.note(e, entry, start, start + entry.length());
                    noteStart = -1;
                }
                if (linkStart >= 0 && HtmlNotes.target(e) != null) {
                    String raw = out.substring(linkStart);
                    String label = raw.strip();
                    int start = linkStart + raw.indexOf(label);
                    notes.link(label, linkTarget, start, start + label.length());
                    linkStart = -1;
                }
                if (BLOCKS.contains(e.normalName())) newline();
            }
        }

        private void newline() {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') len--;
            out.setLength(len);
            if (len > 0 && out.charAt(len - 1) != '\n') out.append('\n');
        }
    }
}
