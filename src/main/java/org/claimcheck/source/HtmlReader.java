package org.claimcheck.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.cite.CiteError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * HTML through jsoup with source positions tracked: the visible text, one line per block element, each text
 * run mapped back to its line and column in the HTML file; the footnote links and notes ({@link HtmlNotes}), the
 * Cite extension's own error messages, and where the page's furniture ({@link PageFurniture}) and the elements
 * its boilerplate selectors name stand in the text.
 */
final class HtmlReader {
    /** Backlinks before a note's text where they are not marked up as such: "^", "^ a b c", "↑". */
    private static final Pattern BACKLINKS = Pattern.compile("^[\\^↑](?:\\s+[a-z]{1,2}(?=\\s))*\\s*");
    /** Parsoid's error span: {@code data-mw-i18n} naming the message key and its parameters. */
    private static final Pattern I18N = Pattern.compile("\"text\":\\{\"key\":\"(cite_error_[a-z_]{1,60})\"(?:,\"params\":\\[([^\\]]{0,500})])?");

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "br", "tr", "table", "section", "article", "header", "footer", "blockquote",
            "figure", "figcaption", "caption", "pre", "hr", "nav", "aside", "main", "title");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head");

    private HtmlReader() {
    }

    /** Reads a page; {@code selectors} (already checked to parse) name the elements that are boilerplate. */
    static Extracted read(byte[] bytes, List<String> selectors) {
        String html = Decoding.utf8(bytes);
        org.jsoup.nodes.Document dom = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<Element> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String selector : selectors) named.addAll(dom.body().select(selector));
        Walker walker = new Walker(new Tracker(PageFurniture.of(dom), SetAside.Reason.STRUCTURE),
                new Tracker(named, SetAside.Reason.SELECTOR));
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
        }, walker.notes.markers(), walker.notes.references(), List.copyOf(walker.setAside), List.copyOf(walker.errors));
    }

    /** Notes where the outermost of some elements starts and ends in the text: each is set aside whole. */
    private static final class Tracker {
        final Set<Element> elements;
        final SetAside.Reason reason;
        Element open;
        int start;

        Tracker(Set<Element> elements, SetAside.Reason reason) {
            this.elements = elements;
            this.reason = reason;
        }
    }

    private static final class Walker implements NodeVisitor {
        final List<Tracker> trackers;
        final List<SetAside.Range> setAside = new ArrayList<>();
        final StringBuilder out = new StringBuilder();
        final HtmlNotes notes = new HtmlNotes();
        int[] textStarts = new int[256];
        int[] sourceStarts = new int[256];
        int runs;
        int hiddenDepth;
        final List<CiteError> errors = new ArrayList<>();
        int noteStart = -1;
        int noteTextStart = -1;
        int linkStart = -1;
        int errorStart = -1;
        String linkTarget;
        String linkGroup;

        Walker(Tracker... trackers) {
            this.trackers = List.of(trackers);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                if (HIDDEN.contains(e.normalName()) || e.hasClass("mw-editsection")) hiddenDepth++;
                if (BLOCKS.contains(e.normalName())) newline();
                for (Tracker t : trackers) {
                    if (t.open == null && t.elements.contains(e)) {
                        t.open = e;
                        t.start = out.length();
                    }
                }
                if (HtmlNotes.isNote(e)) {
                    noteStart = out.length();
                    noteTextStart = -1;
                }
                if (hiddenDepth == 0 && linkStart < 0 && HtmlNotes.target(e) != null) {
                    linkStart = out.length();
                    linkTarget = HtmlNotes.target(e);
                    linkGroup = HtmlNotes.group(e);
                }
                if (errorStart < 0 && e.hasClass("mw-ext-cite-error")) errorStart = out.length();
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
                if (noteStart >= 0 && e.hasClass("mw-cite-backlink")) noteTextStart = out.length();
                if (HtmlNotes.isNote(e) && noteStart >= 0) note(e);
                if (linkStart >= 0 && HtmlNotes.target(e) != null) {
                    String raw = out.substring(linkStart);
                    String label = raw.strip();
                    int start = linkStart + raw.indexOf(label);
                    notes.link(label, linkTarget, linkGroup, start, start + label.length());
                    linkStart = -1;
                }
                if (errorStart >= 0 && e.hasClass("mw-ext-cite-error")) error(e);
                for (Tracker t : trackers) {
                    if (t.open == e) {
                        // to the last visible character: spaces after it may yet give way to a line break
                        setAside.add(new SetAside.Range(t.start, contentEnd(), t.reason));
                        t.open = null;
                    }
                }
                if (BLOCKS.contains(e.normalName())) newline();
            }
        }

        /** The note's text after its backlinks ("↑", "^ a b c"), with the place it starts. */
        private void note(Element li) {
            int from = noteTextStart >= 0 ? noteTextStart : noteStart;
            String raw = out.substring(from);
            Matcher backlinks = BACKLINKS.matcher(raw);
            if (noteTextStart < 0 && backlinks.lookingAt() && backlinks.end() < raw.length()) {
                from += backlinks.end();
                raw = raw.substring(backlinks.end());
            }
            String entry = raw.strip();
            int start = entry.isEmpty() ? Math.max(from, contentEnd()) : from + raw.indexOf(entry);
            notes.note(li, entry, start, start + entry.length());
            noteStart = -1;
        }

        /** A Cite error: its rendered text (legacy parser), or Parsoid's key and parameters. */
        private void error(Element span) {
            String raw = out.substring(errorStart);
            String text = raw.strip();
            int start = text.isEmpty() ? contentEnd() : errorStart + raw.indexOf(text);
            Matcher m = I18N.matcher(span.attr("data-mw-i18n"));
            List<String> params = new ArrayList<>();
            String key = null;
            if (m.find()) {
                key = m.group(1);
                if (m.group(2) != null) {
                    for (String p : m.group(2).split(",", 3)) params.add(p.strip().replaceAll("^\"|\"$", ""));
                }
            }
            errors.add(CiteError.of(text, key, params, start, start + text.length()));
            errorStart = -1;
        }

        /** The end of the text so far without trailing spaces: where an empty element stands (the spaces may go). */
        private int contentEnd() {
            int at = out.length();
            while (at > 0 && Character.isWhitespace(out.charAt(at - 1))) at--;
            return at;
        }

        private void newline() {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') len--;
            out.setLength(len);
            if (len > 0 && out.charAt(len - 1) != '\n') out.append('\n');
        }
    }
}
