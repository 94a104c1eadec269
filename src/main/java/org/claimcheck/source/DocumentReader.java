package org.claimcheck.source;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.MarkerScanner;
import org.claimcheck.cite.Reference;
import org.claimcheck.cite.TextCitations;

/** Reads one source file into a {@link Document}, choosing the reader by the file's extension. */
public final class DocumentReader {
    private DocumentReader() {
    }

    /** The extensions this reader understands, for messages. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm", ".pdf");

    public static boolean supports(String path) {
        return EXTENSIONS.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith);
    }

    /** Reads the bytes as the format {@code fileName}'s extension names (the real file's, when a link points at it). */
    public static Document read(SourceInfo info, String fileName, byte[] bytes) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Extracted ex;
        if (lower.endsWith(".pdf")) {
            ex = PdfReader.read(bytes);
        } else if (isHtml(lower)) {
            ex = HtmlReader.read(bytes, info.boilerplateSelectors());
        } else {
            ex = TextReader.read(bytes);
        }
        String text = ex.text();
        List<SetAside.Range> ranges = new ArrayList<>(ex.furniture());
        ranges.addAll(Boilerplate.ranges(info, text, ex.positions()));
        SetAside setAside = SetAside.of(text, ranges);
        // an entry or marker in furniture is the site's, not the work's (a menu built as a list of ids)
        List<Reference> markedUp = ex.markedUpReferences() == null ? List.of() : ex.markedUpReferences().stream()
                .filter(r -> !setAside.contains(r.start())).toList();
        int bodyEnd;
        List<Reference> references;
        List<Marker> found;
        IntPredicate inList = offset -> false;
        if (!markedUp.isEmpty()) {
            references = markedUp;
            bodyEnd = references.get(0).start();
            // markers linked to their notes are markers wherever they stand, in the notes too
            found = ex.markedUpMarkers() != null ? ex.markedUpMarkers()
                    : MarkerScanner.scan(text, 0, bodyEnd).stream().filter(m -> m.start() < bodyEnd).toList();
        } else {
            TextCitations cites = TextCitations.read(text, setAside::contains);
            references = cites.references();
            bodyEnd = cites.bodyEnd();
            found = ex.markedUpMarkers() != null ? ex.markedUpMarkers()
                    : cites.markers().stream().filter(m -> m.start() < bodyEnd).toList();
            inList = cites::inList;
        }
        List<Marker> markers = found.stream().filter(m -> !setAside.contains(m.start())).toList();
        List<CiteError> errors = ex.citeErrors().stream().filter(e -> !setAside.contains(e.start())).toList();
        return new Document(info, text, ex.positions(), sha256(bytes), markers, references, bodyEnd, setAside,
                inList, errors);
    }

    /** Whether a file name is an HTML page's, the only format boilerplate selectors apply to. */
    public static boolean isHtml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
