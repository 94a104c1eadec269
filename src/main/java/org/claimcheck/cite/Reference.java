package org.claimcheck.cite;

/** One numbered entry of a reference list, with its text and where it stands in the document text. */
public record Reference(int number, String text, int start, int end) {
}
