package org.claimcheck.report;

import java.util.List;
import java.util.function.IntFunction;
import org.claimcheck.source.Position;

/**
 * A source document as the HTML report shows it: its whole text, the map from text offsets to places in the
 * file, and the spans of text that claims quote and that citation markers stand on.
 */
public record AnnotatedText(String path, String title, String text, IntFunction<Position> positions, List<Span> quotes,
        List<Span> markers) {

    /**
     * A span of the text ({@code start} inclusive, {@code end} exclusive): for a quote, the claim's id and the
     * quote's place in its claim file; for a marker, its label ("[4]") and a null place.
     */
    public record Span(int start, int end, String label, String place) {
    }

    public AnnotatedText {
        quotes = List.copyOf(quotes);
        markers = List.copyOf(markers);
    }

    public Position position(int offset) {
        return positions.apply(offset);
    }
}
