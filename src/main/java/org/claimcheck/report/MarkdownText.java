package org.claimcheck.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text from input made inert Markdown: escaped prose, code spans that cannot be closed, links that cannot break. */
final class MarkdownText {
    private static final Pattern LIST_START = Pattern.compile("(\\d{1,9}|)[.)+=-](?=\\s|$)");

    private MarkdownText() {
    }

    /**
     * Input as inert Markdown text: every character Markdown or HTML gives a meaning (emphasis, code, links,
     * images, tags, entities, table cells, headings) escaped, and line breaks and other controls made spaces,
     * so that nothing from a source or claim file becomes markup in a pull-request comment. An {@code @} is
     * followed by an invisible word joiner, so that a quoted "@team" in a comment notifies nobody.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '&') out.append("&amp;");
            else if (c == '@') out.append("@\u2060");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') out.append(' ');
            else {
                if ("\\`*_[]<>#|~".indexOf(c) >= 0) out.append('\\');
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A code span for a place (a file name is input): its fence is longer than any run of backticks inside, so
     * a backtick in the name cannot close it, and nothing in a code span is markup; line breaks become spaces.
     */
    static String code(String s) {
        String flat = s.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int longest = 0;
        for (int i = 0, run = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** A quoted line that starts like a list item or a rule ("2. Franco L…", "- ", "+ ") is kept as text. */
    static String lineStart(String s) {
        Matcher m = LIST_START.matcher(s);
        return m.lookingAt() ? s.substring(0, m.end(1)) + "\\" + s.substring(m.end(1)) : s;
    }

    /**
     * A relative link target: every byte but letters, digits, {@code -._~} and the folder separator is
     * percent-encoded, so no file name can end the link, start markup or carry a scheme ({@code javascript:}).
     */
    static String linkTarget(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return out.toString();
    }
}
