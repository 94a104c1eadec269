package org.claimcheck.source;

import java.util.List;
import java.util.function.IntFunction;
import org.claimcheck.cite.Reference;

/**
 * What a format reader gets out of a file: the plain text, the map back to file positions and, where the
 * format marks it up (HTML's {@code ol.references}), the reference list; null lets the text finder look for one.
 */
record Extracted(String text, IntFunction<Position> positions, List<Reference> markedUpReferences) {
}
