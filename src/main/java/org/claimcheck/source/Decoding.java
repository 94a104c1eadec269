package org.claimcheck.source;

import java.nio.charset.StandardCharsets;

final class Decoding {
    private Decoding() {
    }

    /** UTF-8 with a leading byte-order mark dropped, so that column 1 is the first visible character. */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
