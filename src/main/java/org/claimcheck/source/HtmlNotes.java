package org.claimcheck.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;
import org.jsoup.nodes.Element;

/**
 * The footnote links of an HTML page, read from the DOM: each {@code <sup>} link to {@code #id} is a marker
 * and each {@code li} of a list of notes an entry. Numbers come from what the reader sees: a note is numbered
 * by the markers that link to it ("[12]" links to {@code cite_note-Name-14} on Wikipedia, whose ids count
 * every group), and an uncited note by its place in its list. Lists whose notes are linked only by lettered
 * markers ({@code [n 1]}, {@code [a]}, {@code [list 1]}) are a separate group and are not numbered entries.
 */
final class HtmlNotes {
    private static final Pattern NUMERIC = Pattern.compile("\\[?(\\d{1,4})]?");
    /** Wikipedia's backlinks before a note's text: "^", or "^ a b c" for a note cited several times. */
    private static final Pattern BACKLINKS = Pattern.compile("^\\^(?:\\s+[a-z]{1,2}(?=\\s))*\\s*");

    private record Link(String label, String target, int start, int end) {
    }

    private record Note(String id, Element list, int ordinal, String text, int start, int end, List<String> links) {
    }

    private final List<Link> links = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /** A footnote link: a sup holding one in-page link ({@code sup.reference > a[href=#cite_note-…]}). */
    static String target(Element sup) {
        if (!sup.normalName().equals("sup")) return null;
        Element a = sup.selectFirst("a[href^=#]");
        return a == null ? null : a.attr("href").substring(1);
    }

    /** A note: an li of Wikipedia's {@code ol.references}, or an li with an id in any ordered list. */
    static boolean isNote(Element e) {
        Element parent = e.parent();
        return e.normalName().equals("li") && parent != null && parent.normalName().equals("ol")
                && (parent.hasClass("references") || e.hasAttr("id"));
    }

    void link(String label, String target, int start, int end) {
        links.add(new Link(label.strip(), target, start, end));
    }

    void note(Element li, String text, int start, int end) {
        Matcher backlinks = BACKLINKS.matcher(text);
        if (backlinks.lookingAt() && backlinks.end() < text.length()) {
            start += backlinks.end();
            text = text.substring(backlinks.end());
        }
        List<String> hrefs = li.select("a[href]").eachAttr("href").stream()
                .filter(h -> h.startsWith("http://") || h.startsWith("https://") || h.startsWith("//")).toList();
        notes.add(new Note(li.id(), li.parent(), li.elementSiblingIndex() + 1, text, start, end, hrefs));
    }

    /** The numeric markers, or null when the page links none (then its text is scanned instead). */
    List<Marker> markers() {
        List<Marker> out = new ArrayList<>();
        for (Link l : links) {
            Matcher m = NUMERIC.matcher(l.label());
            if (m.matches()) out.add(new Marker(Integer.parseInt(m.group(1)), l.start(), l.end(), inLetteredNote(l)));
        }
        return out.isEmpty() ? null : out;
    }

    private boolean inLetteredNote(Link l) {
        Set<String> lettered = new HashSet<>();
        for (Link x : links) if (!NUMERIC.matcher(x.label()).matches()) lettered.add(x.target());
        return notes.stream().anyMatch(n -> lettered.contains(n.id()) && n.start() <= l.start() && l.end() <= n.end());
    }

    /** The numbered entries in page order, or null when the page marks up no numbered notes. */
    List<Reference> references() {
        Map<String, Integer> numberOf = new HashMap<>();
        Set<String> lettered = new HashSet<>();
        for (Link l : links) {
            Matcher m = NUMERIC.matcher(l.label());
            if (m.matches()) numberOf.putIfAbsent(l.target(), Integer.parseInt(m.group(1)));
            else lettered.add(l.target());
        }
        Set<Element> numbered = new HashSet<>();
        Set<Element> letteredLists = new HashSet<>();
        for (Note n : notes) {
            if (numberOf.containsKey(n.id())) numbered.add(n.list());
            if (lettered.contains(n.id())) letteredLists.add(n.list());
        }
        for (Note n : notes) {
            if (n.list().hasClass("references") && !letteredLists.contains(n.list())) numbered.add(n.list());
        }
        List<Reference> out = new ArrayList<>();
        for (Note n : notes) {
            if (!numbered.contains(n.list()) || lettered.contains(n.id())) continue;
            int number = numberOf.getOrDefault(n.id(), n.ordinal() + Math.max(0, start(n.list()) - 1));
            out.add(new Reference(number, n.text(), n.start(), n.end(), Reference.MAIN, n.links()));
        }
        out.sort(Comparator.comparingInt(Reference::start));
        return out.isEmpty() ? null : out;
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
