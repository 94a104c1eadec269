package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/** A few kilobytes of Flate that unpack to megabytes are refused before text extraction walks them. */
class PdfContentBudgetTest {
    private static final long MIB = 1 << 20;

    @Test
    void contentThatUnpacksBeyondTheBudgetIsRefused() throws IOException {
        try (PDDocument pdf = pageOfSpaces(3)) {
            assertThatThrownBy(() -> PdfContentBudget.check(pdf, 2 * MIB)).isInstanceOf(IOException.class)
                    .hasMessage("its text streams unpack to more than 2 MiB (a compression bomb, or a document to"
                            + " split into parts)");
        }
    }

    @Test
    void contentWithinTheBudgetIsRead() throws IOException {
        try (PDDocument pdf = pageOfSpaces(3)) {
            assertThatCode(() -> PdfContentBudget.check(pdf, 4 * MIB)).doesNotThrowAnyException();
        }
    }

    /** One page whose compressed content stream draws one letter and then holds {@code mib} MiB of spaces. */
    private static PDDocument pageOfSpaces(int mib) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        PDStream content = new PDStream(pdf);
        byte[] spaces = new byte[(int) MIB];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            out.write("BT /F1 12 Tf 72 700 Td (x) Tj ET\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int i = 0; i < mib; i++) out.write(spaces);
        }
        page.setContents(content);
        return pdf;
    }
}
