package org.claimcheck.source;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontInfo;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontProvider;

/**
 * Stops PDFBox from scanning the system's fonts and writing its font cache into the user's home folder: text
 * extraction needs no system fonts (PDFBox falls back to the font it bundles), and claimcheck writes nothing
 * outside its reports. PDFBox offers no switch for this, only FontMapperImpl.setProvider on a package-private
 * class, hence the reflection; if a PDFBox version drops the method, the default behaviour stays.
 */
final class PdfFonts {
    private static boolean done;

    private PdfFonts() {
    }

    static synchronized void useNoSystemFonts() {
        if (done) return;
        done = true;
        Object mapper = FontMappers.instance();
        try {
            var setProvider = mapper.getClass().getMethod("setProvider", FontProvider.class);
            setProvider.setAccessible(true);
            setProvider.invoke(mapper, new FontProvider() {
                @Override
                public String toDebugString() {
                    return "no system fonts (claimcheck)";
                }

                @Override
                public List<? extends FontInfo> getFontInfo() {
                    return List.of();
                }
            });
        } catch (ReflectiveOperationException | RuntimeException e) {
            // keep PDFBox's default provider: extraction still works, it only scans fonts once
        }
    }
}
