package org.claimcheck.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;
import org.jsoup.nodes.Element;

/**
 * The footnote links of an HTML page, read from the DOM by their targets: each {@code <sup>} link to a note
 * ({@code #cite_note-…}, {@code ./Page#cite_note-…}, {@code https://…/wiki/Page#cite_note-…}) is a marker and
 * each {@code li} of a list of notes an entry. A marker resolves to the note its link targets, whatever its
 * label says (Wikipedia's ids count every group, so they are not numbers). Each list is its own: a named group
 * ({@code data-mw-group}, or the group its markers' labels name: {@code [n 1]}, lettered {@code [a]}), and a
 * second list of one group that numbers from 1 again is apart from the first. Numbers are what the reader sees:
 * a marker's label, and for an entry Parsoid's footnote number, else the label of a marker linking to it, else
 * its place in its list.
 */
final class HtmlNotes {
    private record Link(FootnoteLabel label, String target, int start, int end) {
    }

    private record Note(String id, Element list, int ordinal, String footnoteNumber, String text, int start, int end,
            List<String> links) {
    }

    private final List<Link> links = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /** The note a footnote link targets, or null when the sup is no footnote link (a backlink, a hidden follow). */
    static String target(Element sup) {
        if (!sup.normalName().equals("sup") || sup.hasClass("mw-ref-follow") || sup.closest(".mw-cite-backlink") != null) {
            return null;
        }
        Element a = sup.selectFirst("a[href*=#]");
        if (a == null) return null;
        String href = a.attr("href");
        int hash = href.indexOf('#');
        String fragment = decode(href.substring(hash + 1));
        if (fragment.isEmpty() || fragment.startsWith("cite_ref")) return null;
        return hash == 0 || fragment.startsWith("cite_note") ? fragment : null;
    }

    /** The group a Parsoid link names ({@code data-mw-group}), or null. */
    static String group(Element sup) {
        Element a = sup.selectFirst("a[href*=#]");
        return a == null || !a.hasAttr("data-mw-group") ? null : a.attr("data-mw-group");
    }

    private static String decode(String fragment) {
        if (fragment.indexOf('%') < 0) return fragment;
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    /** A note: an li of Wikipedia's {@code ol.references}, or an li with an id in any ordered list. */
    static boolean isNote(Element e) {
        Element parent = e.parent();
        return e.normalName().equals("li") && parent != null && parent.normalName().equals("ol")
                && (parent.hasClass("references") || e.hasAttr("id"));
    }

    void link(String label, String target, String group, int start, int end) {
        links.add(new Link(FootnoteLabel.parse(label, group), target, start, end));
    }

    void note(Element li, String text, int start, int end) {
        int ordinal = 1;
        for (Element s = li.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (s.normalName().equals("li")) ordinal++;
        }
        List<String> hrefs = li.select("a[href]").eachAttr("href").stream()
                .filter(h -> h.startsWith("http://") || h.startsWith("https://") || h.startsWith("//")).toList();
        notes.add(new Note(li.id(), li.parent(), ordinal, li.attr("data-mw-footnote-number"), text, start, end, hrefs));
    }

    /** The markers, or null when the page links none (then its text is scanned instead). */
    List<Marker> markers() {
        if (links.isEmpty()) return null;
        Resolved r = resolve();
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        notes.forEach(n -> spans.put(n.start(), n.end()));
        List<Marker> out = new ArrayList<>();
        for (Link l : links) {
            Note t = r.byId().get(l.target());
            String list = t != null ? r.listOf().get(t.list()) : l.label().group();
            int number = l.label().number() > 0 ? l.label().number() : t != null ? r.numberOf().get(t) : 0;
            if (list == null || number == 0) continue;
            Map.Entry<Integer, Integer> around = spans.floorEntry(l.start());
            boolean inNote = around != null && l.end() <= around.getValue();
            out.add(new Marker(number, l.start(), l.end(), inNote, list, l.target()));
        }
        return out.isEmpty() ? null : out;
    }

    /** The entries in page order, or null when the page marks up no notes. */
    List<Reference> references() {
        if (notes.isEmpty()) return null;
        Resolved r = resolve();
        List<Reference> out = new ArrayList<>();
        for (Note n : notes) {
            out.add(new Reference(r.numberOf().get(n), n.text(), n.start(), n.end(), r.listOf().get(n.list()),
                    n.id().isEmpty() ? null : n.id(), n.links()));
        }
        return out;
    }

    private record Resolved(Map<String, Note> byId, Map<Note, Integer> numberOf, Map<Element, String> listOf) {
    }

    private Resolved resolve() {
        Map<String, Note> byId = new HashMap<>();
        notes.forEach(n -> byId.putIfAbsent(n.id(), n));
        Map<Note, FootnoteLabel> firstLink = new HashMap<>();
        for (Link l : links) {
            Note t = byId.get(l.target());
            if (t != null && (!firstLink.containsKey(t) || firstLink.get(t).number() == 0)) firstLink.put(t, l.label());
        }
        Map<Note, Integer> numberOf = new HashMap<>();
        Map<Element, String> group = new LinkedHashMap<>();
        for (Note n : notes) {
            FootnoteLabel label = firstLink.get(n);
            numberOf.put(n, number(n, label));
            if (n.list().hasAttr("data-mw-group")) group.putIfAbsent(n.list(), n.list().attr("data-mw-group"));
            else if (label != null && label.group() != null) group.putIfAbsent(n.list(), label.group());
        }
        notes.forEach(n -> group.putIfAbsent(n.list(), Reference.MAIN));
        return new Resolved(byId, numberOf, ListNames.apart(group, notes.stream()
                .map(n -> Map.entry(n.list(), numberOf.get(n))).toList()));
    }

    private static int number(Note n, FootnoteLabel label) {
        if (n.footnoteNumber().matches("\\d{1,5}")) return Integer.parseInt(n.footnoteNumber());
        if (label != null && label.number() > 0) return label.number();
        return n.ordinal() + Math.max(0, start(n.list()) - 1);
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
