package org.claimcheck.source;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            ex = HtmlReader.read(bytes);
        } else {
            ex = TextReader.read(bytes);
        }
        String text = ex.text();
        int bodyEnd;
        List<Reference> references;
        List<Marker> found;
        IntPredicate inList = offset -> false;
        if (ex.markedUpReferences() != null) {
            references = ex.markedUpReferences();
            bodyEnd = references.get(0).start();
            // markers linked to their notes are markers wherever they stand, in the notes too
            found = ex.markedUpMarkers() != null ? ex.markedUpMarkers()
                    : MarkerScanner.scan(text, 0, bodyEnd).stream().filter(m -> m.start() < bodyEnd).toList();
        } else {
            TextCitations cites = TextCitations.read(text, ex.furniture());
            references = cites.references();
            bodyEnd = cites.bodyEnd();
            found = ex.markedUpMarkers() != null ? ex.markedUpMarkers()
                    : cites.markers().stream().filter(m -> m.start() < bodyEnd).toList();
            inList = cites::inList;
        }
        List<Marker> markers = found.stream()
                .filter(m -> !info.isBoilerplate(ex.positions().apply(m.start()).line())).toList();
        List<CiteError> errors = ex.citeErrors().stream()
                .filter(e -> !info.isBoilerplate(ex.positions().apply(e.start()).line())).toList();
        return new Document(info, text, ex.positions(), sha256(bytes), markers, references, bodyEnd, ex.furniture(),
                inList, errors);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
