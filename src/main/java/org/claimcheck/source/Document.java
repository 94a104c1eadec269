package org.claimcheck.source;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;

/**
 * A loaded source: its plain text (what quotes are matched against), a map from text offsets back to places in
 * the file, the in-text citation markers and the numbered reference list.
 *
 * @param bodyEnd   offset where the article body ends (the last reference list's heading), or the text length
 * @param furniture whether the line starting at an offset is a running header or footer of a PDF page
 * @param inList    whether an offset is inside a reference list that the body goes on after (text and PDF)
 * @param citeErrors the error messages a wiki's Cite extension rendered into the page (HTML), in page order
 */
public record Document(SourceInfo info, String text, IntFunction<Position> positions, String actualSha256,
        List<Marker> markers, List<Reference> references, int bodyEnd, IntPredicate furniture, IntPredicate inList,
        List<CiteError> citeErrors) {

    public Position position(int offset) {
        return positions.apply(offset);
    }

    /** Whether an offset is in the work's own text: before the last reference list, in none, outside boilerplate. */
    public boolean inBody(int offset) {
        return offset < bodyEnd && !inList.test(offset) && !info.isBoilerplate(position(offset).line());
    }

    /** Whether the offset is on a running header or footer line, which interrupts the text it stands in. */
    public boolean onFurniture(int offset) {
        return furniture.test(text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
    }

    /** The same document described otherwise (a title found in it once it was read). */
    public Document withInfo(SourceInfo other) {
        return new Document(other, text, positions, actualSha256, markers, references, bodyEnd, furniture, inList,
                citeErrors);
    }

    public String path() {
        return info.path();
    }

    public String id() {
        return info.id();
    }
}
