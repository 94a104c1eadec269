package org.claimcheck.cite;

import java.util.List;

/**
 * One numbered entry of a reference list, with its text and where it stands in the document text. {@code list}
 * names the list it belongs to: {@link #MAIN}, or a named group or supplementary list with numbers of its own.
 * {@code id} is the anchor markers link to (HTML's {@code cite_note-…}), null when the document has none.
 * {@code links} are the addresses the entry links to where the format keeps them out of the text (HTML's
 * {@code href}s), in order; in text and PDF an address is part of the text.
 */
public record Reference(int number, String text, int start, int end, String list, String id, List<String> links) {
    /** The name of a document's main reference list. */
    public static final String MAIN = "";

    public Reference {
        links = List.copyOf(links);
    }

    public Reference(int number, String text, int start, int end) {
        this(number, text, start, end, MAIN, null, List.of());
    }

    /** The same entry as part of another list. */
    public Reference inList(String other) {
        return new Reference(number, text, start, end, other, id, links);
    }

    /** "entry 12", or "entry 3 of list 'n'" outside the main list, for messages. */
    public String label() {
        return "entry " + number + (list.equals(MAIN) ? "" : " of list '" + list + "'");
    }
}
