package org.claimcheck.source;

/** Plain text: the file is its own text, so positions are the file's lines and columns. */
final class TextReader {
    private TextReader() {
    }

    static Extracted read(byte[] bytes) {
        // a lone CR ends a line as LF does; same length, so offsets stay the file's
        String text = Decoding.utf8(bytes).replaceAll("\r(?!\n)", "\n");
        LineIndex lines = new LineIndex(text);
        return new Extracted(text, offset -> lines.position(offset, 0));
    }
}
