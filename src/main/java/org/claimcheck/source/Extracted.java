package org.claimcheck.source;

import java.util.List;
import java.util.function.IntFunction;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;

/**
 * What a format reader gets out of a file: the plain text, the map back to file positions and, where the
 * format marks them up (HTML's {@code sup.reference} and {@code ol.references}), the markers and the reference
 * list; null lets the text scanners look for them. {@code furniture} is the page furniture the reader found
 * (an HTML page's navigation, header, footer and sidebars; a PDF's running heads and page numbers) and, for
 * HTML, the elements the source's boilerplate selectors name. {@code citeErrors} are the error messages a
 * wiki's Cite extension rendered into the page.
 */
record Extracted(String text, IntFunction<Position> positions, List<Marker> markedUpMarkers,
        List<Reference> markedUpReferences, List<SetAside.Range> furniture, List<CiteError> citeErrors) {

    Extracted(String text, IntFunction<Position> positions) {
        this(text, positions, null, null, List.of(), List.of());
    }
}
