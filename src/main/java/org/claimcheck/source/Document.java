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
 * @param setAside  the text that is not the work's own: page furniture found in the file (an HTML page's
 *                  navigation, header, footer, sidebars; a PDF's running heads and page numbers) and the
 *                  boilerplate {@code sources.yaml} names. It stays in {@link #text()} (positions hold, a quote of
 *                  a footer is found) but is in no body: rules and coverage look past it
 * @param inList    whether an offset is inside a reference list that the body goes on after (text and PDF)
 * @param citeErrors the error messages a wiki's Cite extension rendered into the page (HTML), in page order
 */
public record Document(SourceInfo info, String text, IntFunction<Position> positions, String actualSha256,
        List<Marker> markers, List<Reference> references, int bodyEnd, SetAside setAside, IntPredicate inList,
        List<CiteError> citeErrors) {

    public Position position(int offset) {
        return positions.apply(offset);
    }

    /** Whether an offset is in the work's own text: before the last reference list, in none, not set aside. */
    public boolean inBody(int offset) {
        return offset < bodyEnd && !inList.test(offset) && !setAside.contains(offset);
    }

    /** Whether the offset is in furniture or boilerplate, which interrupts the text it stands in. */
    public boolean isSetAside(int offset) {
        return setAside.contains(offset);
    }

    /** The same document described otherwise (a title found in it once it was read). */
    public Document withInfo(SourceInfo other) {
        return new Document(other, text, positions, actualSha256, markers, references, bodyEnd, setAside, inList,
                citeErrors);
    }

    public String path() {
        return info.path();
    }

    public String id() {
        return info.id();
    }
}
