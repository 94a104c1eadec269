package org.claimcheck.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimcheck.cite.Reference;
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
        }, walker.references.isEmpty() ? null : walker.references);
    }

    private static final class Walker implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final List<Reference> references = new ArrayList<>();
        int[] textStarts = new int[256];
        int[] sourceStarts = new int[256];
        int runs;
        int hiddenDepth;
        int referenceStart = -1;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (HIDDEN.contains(e.normalName()) || e.hasClass("mw-editsection")) hiddenDepth++;
                if (BLOCKS.contains(e.normalName())) newline();
                if (isReferenceEntry(e)) referenceStart = out.length();
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
                if (isReferenceEntry(e) && referenceStart >= 0) {
                    String entry = out.substring(referenceStart).strip();
                    int start = referenceStart + out.substring(referenceStart).indexOf(entry.isEmpty() ? "" : entry.substring(0, 1));
                    references.add(new Reference(references.size() + 1, entry, start, start + entry.length()));
                    referenceStart = -1;
                }
                if (BLOCKS.contains(e.normalName())) newline();
            }
        }

        /** Wikipedia's numbered notes: each li of ol.references, numbered in order. */
        private static boolean isReferenceEntry(Element e) {
            return e.normalName().equals("li") && e.parent() != null && e.parent().normalName().equals("ol")
                    && e.parent().hasClass("references");
        }

        private void newline() {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') len--;
            out.setLength(len);
            if (len > 0 && out.charAt(len - 1) != '\n') out.append('\n');
        }
    }
}
