package org.claimcheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits running text into sentences: at a line break, or after . ! ? (with any closing quotes and citation
 * markers that follow) when a capital, digit or opening quote comes next. "S.Dukhovskii" and "in 1924.[4] Over"
 * split as a reader would: the first not at all, the second after the marker.
 */
public final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?][\"'”’)]*(?:\\[[^\\]\\n]{1,20}])*(?=[\\s\\u00A0]+[\\p{Lu}\\d“\"‘'(])");

    private SentenceSplitter() {
    }

    /** A sentence as offsets into the text, trimmed of surrounding spaces of every kind. */
    public record Span(int start, int end) {
    }

    public static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) lineEnd = to;
            int start = lineStart;
            Matcher m = END.matcher(text).region(lineStart, lineEnd);
            while (m.find()) {
                add(text, start, m.end(), out);
                start = m.end();
            }
            add(text, start, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (start < end) out.add(new Span(start, end));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
