package org.claimcheck.cite;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Loads the labelled reference sets under {@code corpus/references/} as plain entry strings with their gold
 * author, title and date text, so the parser sees what a reader would and the labels only judge it.
 */
final class GoldSets {
    /** One labelled entry; a field the labellers did not mark is null. */
    record Gold(String text, String authors, String title, String date) {
    }

    private GoldSets() {
    }

    /** AnyStyle's {@code <sequence>}s: the entry is its fields' text in document order, joined by spaces. */
    static List<Gold> anystyle() throws Exception {
        List<Gold> out = new ArrayList<>();
        NodeList seqs = load("anystyle-gold.xml").getElementsByTagName("sequence");
        for (int i = 0; i < seqs.getLength(); i++) {
            Element seq = (Element) seqs.item(i);
            List<String> parts = new ArrayList<>();
            for (Node c = seq.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element) parts.add(c.getTextContent().strip());
            }
            out.add(new Gold(String.join(" ", parts), first(seq, "author", null), first(seq, "title", null),
                    first(seq, "date", null)));
        }
        return out;
    }

    /** GROBID's TEI {@code <bibl>}s, whose text is the entry; the title is the article's or the book's. */
    static List<Gold> grobid() throws Exception {
        List<Gold> out = new ArrayList<>();
        NodeList bibls = load("grobid-eval-citation-arxiv.tei.xml").getElementsByTagName("bibl");
        for (int i = 0; i < bibls.getLength(); i++) {
            Element bibl = (Element) bibls.item(i);
            String title = first(bibl, "title", "a");
            out.add(new Gold(bibl.getTextContent().strip().replaceAll("\\s+", " "), first(bibl, "author", null),
                    title != null ? title : first(bibl, "title", "m"), first(bibl, "date", null)));
        }
        return out;
    }

    private static String first(Element parent, String tag, String level) {
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (level == null || level.equals(e.getAttribute("level"))) return e.getTextContent().strip();
        }
        return null;
    }

    private static org.w3c.dom.Document load(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = GoldSets.class.getResourceAsStream("/corpus/references/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
