package org.claimcheck.cite;

/** An in-text citation marker such as {@code [4]}: the number it points to and where it stands in the text. */
public record Marker(int number, int start, int end) {
}
