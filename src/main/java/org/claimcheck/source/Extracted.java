package org.claimcheck.source;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;

/**
 * What a format reader gets out of a file: the plain text, the map back to file positions and, where the
 * format marks them up (HTML's {@code sup.reference} and {@code ol.references}), the markers and the reference
 * list; null lets the text scanners look for them. {@code furniture} tells, by a line's start offset, whether the
 * line is page furniture (a PDF's running header or footer) that may interrupt a reference list.
 * {@code citeErrors} are the error messages a wiki's Cite extension rendered into the page.
 */
record Extracted(String text, IntFunction<Position> positions, List<Marker> markedUpMarkers,
        List<Reference> markedUpReferences, IntPredicate furniture, List<CiteError> citeErrors) {

    Extracted(String text, IntFunction<Position> positions) {
        this(text, positions, null, null, offset -> false, List.of());
    }
}
