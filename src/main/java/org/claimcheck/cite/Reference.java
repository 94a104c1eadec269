package org.claimcheck.cite;

import java.util.List;

/**
 * One numbered entry of a reference list, with its text and where it stands in the document text. {@code list}
 * names the list it belongs to: {@link #MAIN}, or a named group or supplementary list with numbers of its own.
 * {@code links} are the addresses the entry links to where the format keeps them out of the text (HTML's
 * {@code href}s), in order; in text and PDF an address is part of the text.
 */
public record Reference(int number, String text, int start, int end, String list, List<String> links) {
    /** The name of a document's main reference list. */
    public static final String MAIN = "";

    public Reference {
        links = List.copyOf(links);
    }

    public Reference(int number, String text, int start, int end) {
        this(number, text, start, end, MAIN);
    }

    public Reference(int number, String text, int start, int end, String list) {
        this(number, text, start, end, list, List.of());
    }

    /** "entry 12", or "entry 3 of list 'n'" outside the main list, for messages. */
    public String label() {
        return "entry " + number + (list.equals(MAIN) ? "" : " of list '" + list + "'");
    }
}
