package org.claimcheck.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A source's {@code boilerplate:} list as written: line ranges ("1-5", 49), CSS selectors
 * ({@code {selector: "div.shop-banner"}}, HTML only) and texts ({@code {text: "Free shipping on orders over"}}),
 * each checked where it stands. Selectors must parse, and may not use jsoup's regular expressions
 * ({@code :matches}, {@code [attr~=…]}), which a hostile pattern could keep busy without end.
 */
record BoilerplateEntries(List<SourceInfo.LineRange> lines, List<String> selectors, List<YNode> selectorNodes,
        List<String> texts) {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})(?:\\s*-\\s*(\\d{1,9}))?");
    /** Selectors and texts of one source: each text is looked for on every line, each selector walks the page. */
    static final int MAX_NAMED = 100;
    static final int MAX_SELECTOR = 500;
    static final int MAX_TEXT = 1000;

    static BoilerplateEntries read(YMap source, Problems problems) {
        BoilerplateEntries out = new BoilerplateEntries(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (YNode item : source.list("boilerplate", false)) {
            if (item.isMap()) {
                out.named(item, problems);
            } else {
                out.range(item, problems);
            }
        }
        return out;
    }

    /** "1-5" or 49: lines of the file. */
    private void range(YNode item, Problems problems) {
        Matcher m = RANGE.matcher(item.isScalar() && !item.isNull() ? item.text().strip() : "");
        int first = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int last = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : first;
        if (first < 1 || last < first) {
            problems.add(item, "a boilerplate entry is a line or a range of lines such as \"1-5\", not "
                    + item.describe() + (item.isScalar() ? "" : "; or name it by {selector: …} (HTML) or {text: …}"));
        } else {
            lines.add(new SourceInfo.LineRange(first, last));
        }
    }

    /** {selector: …} or {text: …}. */
    private void named(YNode item, Problems problems) {
        Optional<YMap> entry = YMap.of(item, "a boilerplate entry", List.of("selector", "text"), problems);
        if (entry.isEmpty()) return;
        YMap e = entry.get();
        int known = (e.get("selector").isPresent() ? 1 : 0) + (e.get("text").isPresent() ? 1 : 0);
        if (known < item.entries().size()) return; // an unknown key, reported where it stands
        if (known != 1) {
            problems.add(item, "a boilerplate entry names either a selector or a text: {selector: \"nav.menu\"} or"
                    + " {text: \"Free shipping on orders over\"}");
            return;
        }
        if (selectors.size() + texts.size() == MAX_NAMED) {
            problems.add(item, "a source may name at most " + MAX_NAMED + " boilerplate selectors and texts: name"
                    + " what several lines share once");
            return;
        }
        e.text("selector", false).ifPresent(s -> selector(s.strip(), e.get("selector").orElseThrow(), problems));
        e.text("text", false).ifPresent(t -> text(t, e.get("text").orElseThrow(), problems));
    }

    private void selector(String selector, YNode at, Problems problems) {
        String lower = selector.toLowerCase(Locale.ROOT);
        if (selector.length() > MAX_SELECTOR) {
            problems.add(at, "a boilerplate selector is at most " + MAX_SELECTOR + " characters long");
        } else if (lower.contains(":matches") || lower.contains("~=")) {
            problems.add(at, "a boilerplate selector may not use regular expressions (:matches…, [attr~=…]): they"
                    + " can take unbounded time on a page; name the text by {text: …} instead");
        } else {
            try {
                QueryParser.parse(selector);
                selectors.add(selector);
                selectorNodes.add(at);
            } catch (Selector.SelectorParseException | IllegalArgumentException ex) {
                problems.add(at, "boilerplate selector \"" + selector + "\" is not a CSS selector jsoup can read ("
                        + ex.getMessage() + ")");
            }
        }
    }

    private void text(String text, YNode at, Problems problems) {
        if (text.length() > MAX_TEXT) {
            problems.add(at, "a boilerplate text is at most " + MAX_TEXT + " characters long");
        } else if (text.strip().indexOf('\n') >= 0 || text.strip().indexOf('\r') >= 0) {
            problems.add(at, "a boilerplate text is looked for within one line: it cannot hold a line break");
        } else {
            texts.add(text);
        }
    }

    /** Selectors name elements of a page: for a PDF or text source, each is a problem where it stands. */
    void checkFormat(String fileName, Problems problems) {
        if (DocumentReader.isHtml(fileName)) return;
        for (YNode at : selectorNodes) {
            problems.add(at, "a boilerplate selector is for HTML sources, and " + fileName + " is read as "
                    + (fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "a PDF" : "text")
                    + ": name its boilerplate by {text: …} or by line ranges");
        }
    }
}
