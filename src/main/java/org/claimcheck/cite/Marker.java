package org.claimcheck.cite;

/**
 * An in-text citation marker such as {@code [4]}: the number it points to and where it stands in the text. A
 * bracket that stands for several numbers ({@code [3–5]}, {@code [2, 6]}) yields one marker per number, each
 * spanning the whole bracket. {@code inNote} marks a marker inside an explanatory footnote (HTML's lettered
 * notes), whose place in the text is not where the reader meets it.
 */
public record Marker(int number, int start, int end, boolean inNote) {
    public Marker(int number, int start, int end) {
        this(number, start, end, false);
    }
}
