package org.claimcheck.cite;

/**
 * An in-text citation marker such as {@code [4]}: the number it points to and where it stands in the text. A
 * bracket that stands for several numbers ({@code [3–5]}, {@code [2, 6]}) yields one marker per number, each
 * spanning the whole bracket. {@code inNote} marks a marker inside an explanatory footnote (HTML's lettered
 * notes), whose place in the text is not where the reader meets it. {@code list} names the reference list the
 * number counts in ({@link Reference#MAIN} for the document's main list; a named group such as Wikipedia's
 * {@code [n 1]} notes, or a supplementary list, is its own list with its own numbers). {@code target} is the id
 * of the entry the marker links to when the document links them (HTML's {@code #cite_note-…}), else null: a
 * linked marker resolves by its link alone, since Wikipedia's ids, not its labels, say where a marker goes.
 */
public record Marker(int number, int start, int end, boolean inNote, String list, String target) {
    public Marker(int number, int start, int end) {
        this(number, start, end, false, Reference.MAIN, null);
    }

    /** The same marker counted in another list. */
    public Marker inList(String other) {
        return new Marker(number, start, end, inNote, other, target);
    }

    /** "[12]", or "[3] of list 'n'" outside the main list, for messages. */
    public String label() {
        return "[" + number + "]" + (list.equals(Reference.MAIN) ? "" : " of list '" + list + "'");
    }
}
