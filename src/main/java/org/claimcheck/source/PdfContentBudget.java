package org.claimcheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Bounds the text-drawing content a PDF unpacks to. A compressed stream of a few megabytes can inflate to
 * gigabytes (2 MB of Flate made 2 GB of spaces, 24 s of extraction), which the file-size limit cannot see; so
 * the page contents and the forms they draw are decoded once, counting, before text is extracted.
 */
final class PdfContentBudget {
    /** Far above any real document: a page of dense text draws 10 to 100 KB. */
    static final long MAX_BYTES = 256L << 20;

    private PdfContentBudget() {
    }

    /** Throws when the decoded contents of all pages and their forms exceed {@link #MAX_BYTES}. */
    static void check(PDDocument pdf) throws IOException {
        check(pdf, MAX_BYTES);
    }

    static void check(PDDocument pdf, long maxBytes) throws IOException {
        long left = maxBytes;
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : pdf.getPages()) {
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext() && left >= 0; ) {
                left = drain(it.next(), seen, buffer, left);
            }
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSName name : resources.getXObjectNames()) {
                    PDFormXObject form = left >= 0 ? form(resources, name) : null;
                    if (form != null) left = drain(form.getContentStream(), seen, buffer, left);
                }
            }
            if (left < 0) throw new IOException("its text streams unpack to more than " + (maxBytes >> 20)
                    + " MiB (a compression bomb, or a document to split into parts)");
        }
    }

    /** The named form, or null when there is none or it is damaged (the extractor skips it too). */
    private static PDFormXObject form(PDResources resources, COSName name) {
        try {
            return resources.getXObject(name) instanceof PDFormXObject form ? form : null;
        } catch (IOException damaged) {
            return null;
        }
    }

    private static long drain(PDStream stream, Set<Object> seen, byte[] buffer, long left) throws IOException {
        if (stream == null || !seen.add(stream.getCOSObject())) return left;
        try (InputStream in = stream.createInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                left -= n;
                if (left < 0) break;
            }
        } catch (IOException damaged) {
            // a stream that does not decode is the text extractor's to skip or report, as without this check
        }
        return left;
    }
}
