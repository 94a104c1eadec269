package org.claimcheck.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What an element of a page holds, counted for every element in one walk from the leaves up: the letters and
 * digits of its visible text and of its link text, its links, whether it holds a citation (a footnote marker,
 * an editor's tag such as [citation needed], a note) and whether it holds the content (main, article, h1).
 */
final class ElementTally {
    /** What names and links never set aside a holder of: the content, or the page's title. */
    private static final Set<String> CONTENT = Set.of("main", "article", "h1");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head");

    long letters;
    long linkLetters;
    int links;
    boolean cites;
    boolean content;

    long prose() {
        return letters - linkLetters;
    }

    static Map<Element, ElementTally> of(Element body, Predicate<Element> isNote) {
        Map<Element, ElementTally> tallies = new IdentityHashMap<>();
        Deque<ElementTally> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int invisible;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (INVISIBLE.contains(e.normalName())) invisible++;
                    ElementTally t = new ElementTally();
                    t.cites = e.normalName().equals("sup") && e.selectFirst("a[href]") != null || isNote.test(e);
                    t.content = CONTENT.contains(e.normalName()) || PageFurniture.role(e).equals("main");
                    if (e.normalName().equals("a") && e.hasAttr("href")) t.links = 1;
                    tallies.put(e, t);
                    open.push(t);
                } else if (node instanceof TextNode text && invisible == 0 && !open.isEmpty()) {
                    open.peek().letters += letters(text.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (INVISIBLE.contains(e.normalName())) invisible--;
                ElementTally t = open.pop();
                if (t.links > 0 && e.normalName().equals("a")) t.linkLetters = t.letters;
                ElementTally parent = open.peek();
                if (parent == null) return;
                parent.letters += t.letters;
                parent.linkLetters += t.linkLetters;
                parent.links += t.links;
                parent.cites |= t.cites;
                parent.content |= t.content;
            }
        }, body);
        return tallies;
    }

    private static long letters(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) n++;
        }
        return n;
    }
}
