package org.claimcheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running text into sentences, one line being one paragraph: at a line break, or at a stop that
 * {@link SentenceEnd} says ends a sentence when the next word does not start in lower case. Closing quotes and
 * citation markers after the stop stay with the sentence: "in 1924.[4] Over" splits after the marker.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** A sentence as offsets into the text, trimmed of surrounding spaces of every kind. */
    public record Span(int start, int end) {
    }

    public static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && SentenceEnd.endsSentence(text, i)) {
                int end = closing(text, i + 1, to);
                if (!nextWordIsLowerCase(text, end, to)) {
                    add(text, start, end, out);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(text, start, to, out);
        return out;
    }

    /** Past the closing quotes and citation markers that belong to the sentence a stop ends. */
    private static int closing(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if ("\"'”’)".indexOf(text.charAt(i)) >= 0) {
                i++;
            } else if (text.charAt(i) == '.' && i > from) { // a stop after a quoted question: "Now What?".
                i++;
            } else if (text.charAt(i) == '[' && text.indexOf(']', i) > i && text.indexOf(']', i) - i <= 20
                    && text.substring(i, text.indexOf(']', i)).indexOf('\n') < 0) {
                i = text.indexOf(']', i) + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean nextWordIsLowerCase(String text, int from, int to) {
        int i = from;
        while (i < to && Spaces.isSpace(text.charAt(i)) && text.charAt(i) != '\n') i++;
        return i < to && Character.isLowerCase(text.charAt(i));
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Spaces.isSpace(text.charAt(start))) start++;
        while (end > start && Spaces.isSpace(text.charAt(end - 1))) end--;
        if (start < end) out.add(new Span(start, end));
    }
}
