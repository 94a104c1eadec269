package org.claimcheck.cli;

/**
 * Makes a line of input-derived text safe to print: line breaks, tabs and every other control character
 * (C0, DEL, C1, the Unicode line and paragraph separators, bidirectional overrides) are shown escaped, so no
 * file name, quote or message can start a new line that a CI system reads as a command ("::error file=…")
 * or rewrite the terminal.
 */
final class ConsoleLine {
    private ConsoleLine() {
    }

    static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> unsafe(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (escaped != null) out.append(escaped);
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
