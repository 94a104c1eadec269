package org.claimcheck.cite;

/**
 * An in-text citation marker such as {@code [4]}: the number it points to and where it stands in the text. A
 * bracket that stands for several numbers ({@code [3–5]}, {@code [2, 6]}) yields one marker per number, each
 * spanning the whole bracket.
 */
public record Marker(int number, int start, int end) {
}
