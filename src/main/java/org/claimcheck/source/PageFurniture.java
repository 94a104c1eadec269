package org.claimcheck.source;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page furniture of an HTML page, found by the page's own structure as Mozilla's Readability does, but
 * marked rather than cut out, so that every kept character keeps its place in the file: the part of the page
 * outside its content root ({@code <main>}, {@code role=main}, else its one main {@code <article>}), navigation
 * ({@code nav} and the landmark roles), page-level headers, footers and sidebars, hidden elements, elements whose
 * class or id names furniture ({@link FurnitureNames}), and lists of links. Conservative, since text set aside
 * by mistake is text no rule reads: nothing that holds a footnote marker, an editor's tag or a note is set aside,
 * nor the content root or anything holding it or most of the page's prose; and names and link density count
 * nowhere inside tables, figures, quotes and code, nor for anything holding an article, main or h1.
 */
final class PageFurniture {
    /** Landmarks and widgets that are not the content (ARIA roles; Readability's unlikely roles but alert). */
    private static final Set<String> LANDMARKS = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alertdialog");
    /** Sectioning content: a header, footer or aside in one is that part's (HTML-AAM maps it to no landmark). */
    private static final Set<String> SECTIONING = Set.of("article", "aside", "nav", "section");
    /** Elements whose content is the work's whatever their names and links say. */
    private static final Set<String> KEEP = Set.of("table", "figure", "figcaption", "caption", "pre", "code",
            "blockquote");
    /** Blocks that may be lists of links (never an inline element, which may stand inside a sentence). */
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "dl", "div", "p", "section", "nav");
    /** A list of links: at least this many links ... */
    private static final int LINKS = 3;
    /** ... making up at least this share of its letters. */
    private static final double LINK_SHARE = 0.9;

    private Map<Element, ElementTally> tallies;
    private final Set<String> targets = new HashSet<>();
    private final Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    private long pageProse;

    private PageFurniture() {
    }

    /** The furniture elements of the page: each is set aside with all it holds. */
    static Set<Element> of(org.jsoup.nodes.Document dom) {
        PageFurniture f = new PageFurniture();
        Element body = dom.body();
        for (Element sup : body.getElementsByTag("sup")) {
            String target = HtmlNotes.target(sup);
            if (target != null) f.targets.add(target);
        }
        f.tallies = ElementTally.of(body, f::isNote);
        f.pageProse = f.tallies.get(body).prose();
        f.decide(body, f.root(body));
        return f.furniture;
    }

    /** A note that a marker of the page links to, or an entry of a list of references. */
    private boolean isNote(Element e) {
        return HtmlNotes.isNote(e) && (e.parent().hasClass("references") || targets.contains(e.id()));
    }

    /**
     * The content root: the outermost {@code main} (or {@code role=main}) with the most prose, else the
     * outermost {@code article} with the most, when it holds at least half the page's prose; else null.
     */
    private Element root(Element body) {
        for (String query : new String[] {"main, [role=main]", "article"}) {
            Element best = null;
            for (Element e : body.select(query)) {
                if (best != null && e.parents().contains(best)) continue;
                if (best == null || tallies.get(e).prose() > tallies.get(best).prose()) best = e;
            }
            if (best != null && 2 * tallies.get(best).prose() >= pageProse) return best;
        }
        return null;
    }

    private record Frame(Element element, boolean inRoot, boolean inSection, boolean inMain, boolean inKeep) {
    }

    /** Walks the page from the top, setting aside each furniture element whole and looking inside the rest. */
    private void decide(Element body, Element root) {
        Set<Element> rootPath = Collections.newSetFromMap(new IdentityHashMap<>());
        if (root != null) rootPath.addAll(root.parents());
        Deque<Frame> todo = new ArrayDeque<>();
        todo.push(new Frame(body, root == null, false, false, false));
        while (!todo.isEmpty()) {
            Frame f = todo.pop();
            Element e = f.element();
            boolean inRoot = f.inRoot() || e == root;
            boolean outside = !inRoot && !rootPath.contains(e);
            ElementTally t = tallies.get(e);
            boolean holdsRoot = e == root || rootPath.contains(e);
            if (!t.cites && (outside || e != body && !holdsRoot && isFurniture(e, f, t))) {
                furniture.add(e);
                continue;
            }
            String name = e.normalName();
            boolean inSection = f.inSection() || SECTIONING.contains(name);
            boolean inMain = f.inMain() || name.equals("main") || role(e).equals("main");
            boolean inKeep = f.inKeep() || KEEP.contains(name) || HtmlNotes.isNote(e);
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                todo.push(new Frame(e.child(i), inRoot, inSection, inMain, inKeep));
            }
        }
    }

    /** Furniture by its own tag, role, visibility, names or links, unless it holds most of the page's prose. */
    private boolean isFurniture(Element e, Frame f, ElementTally t) {
        if (2 * t.prose() > pageProse && pageProse > 0) return false;
        String name = e.normalName();
        String role = role(e);
        // hidden="until-found" is a collapsed section that the browser's search opens: the article's text
        boolean hidden = e.hasAttr("hidden") && !e.attr("hidden").strip().equalsIgnoreCase("until-found");
        if (hidden || e.attr("aria-hidden").strip().equalsIgnoreCase("true")) return true;
        if (name.equals("nav") || name.equals("dialog") || LANDMARKS.contains(role)) return true;
        if (role.equals("main") || role.equals("article")) return false;
        // a header or footer of an article, section or the main content is that part's (its byline, its date)
        if ((name.equals("header") || name.equals("footer")) && !f.inSection() && !f.inMain()) return true;
        if (name.equals("aside") && !f.inSection()) return true;
        if (f.inKeep() || t.content) return false;
        if (FurnitureNames.names(e.className() + " " + e.id())) return true;
        return LINK_LISTS.contains(name) && t.links >= LINKS && t.linkLetters >= LINK_SHARE * t.letters;
    }

    static String role(Element e) {
        return e.attr("role").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
