package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered reference list of a text: a heading such as "References" followed by entries "1. ..." or
 * "[1] ...". Entries may wrap over several lines, as in text extracted from PDFs, where a running header or
 * footer ({@code furniture}) may also stand between two lines of one entry. The body of the text is what stands
 * before the heading.
 */
public record ReferenceSection(int headingStart, List<Reference> entries) {
    private static final Set<String> HEADINGS = Set.of("references", "notes", "notes and references", "citations",
            "footnotes", "sources", "bibliography", "works cited", "literature cited", "reference list");
    /** A heading glued to the line before it by PDF extraction: "Published: 2 January 2014References". */
    private static final Pattern GLUED = Pattern.compile(".*[^\\p{L}\\s](References|Bibliography)");
    private static final Pattern ENTRY = Pattern.compile("^[ \\t]*(?:(\\d{1,4})[.)]|\\[(\\d{1,4})])[ \\t]+(\\S.*?)[ \\t]*$");
    /** An entry's number may skip a few (an entry dropped), never go back: a wrapped line may start with a number. */
    private static final int MAX_SKIP = 3;
    private static final int MAX_LINES = 8;

    public static ReferenceSection find(String text) {
        return find(text, offset -> false);
    }

    /** The last heading followed by numbered entries; none when the text has no such list. */
    public static ReferenceSection find(String text, IntPredicate furniture) {
        ReferenceSection found = new ReferenceSection(text.length(), List.of());
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = lineEnd(text, lineStart);
            String line = text.substring(lineStart, lineEnd).strip();
            if (!furniture.test(lineStart) && (HEADINGS.contains(line.toLowerCase(Locale.ROOT)) || GLUED.matcher(line).matches())) {
                List<Reference> entries = entriesAfter(text, lineEnd, furniture);
                if (!entries.isEmpty()) found = new ReferenceSection(lineStart, entries);
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    /** Entries after a heading; blank lines between entries are allowed, and end the list before other text. */
    private static List<Reference> entriesAfter(String text, int from, IntPredicate furniture) {
        List<Reference> out = new ArrayList<>();
        StringBuilder entry = null;
        int number = 0, start = 0, end = 0, lines = 0;
        boolean blank = false;
        for (int lineStart = from + 1; lineStart < text.length(); ) {
            int lineEnd = lineEnd(text, lineStart);
            int glued = entry == null ? -1 : glued(text, lineStart, lineEnd, number + 1);
            if (glued > 0) lineEnd = glued;
            String line = text.substring(lineStart, lineEnd);
            Matcher m = ENTRY.matcher(line);
            int n = m.matches() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : -1;
            if (line.isBlank()) {
                blank = true;
            } else if (furniture.test(lineStart)) {
                // a running header or footer inside the list
            } else if (n > number && (entry == null || n <= number + MAX_SKIP)) {
                if (entry != null) out.add(new Reference(number, entry.toString(), start, end));
                entry = new StringBuilder(m.group(3));
                number = n;
                start = lineStart + m.start(3);
                end = lineStart + m.end(3);
                lines = 1;
                blank = false;
            } else if (entry == null || blank || lines >= MAX_LINES) {
                break;
            } else {
                String more = line.strip();
                if (entry.charAt(entry.length() - 1) != '-') entry.append(' ');
                entry.append(more);
                end = lineStart + line.indexOf(more) + more.length();
                lines++;
            }
            lineStart = glued > 0 ? glued : lineEnd + 1;
        }
        if (entry != null) out.add(new Reference(number, entry.toString(), start, end));
        return out;
    }

    /**
     * Where the next entry starts inside a line, when PDF extraction glued it to a footer
     * ("http://www.biomedcentral.com/1472-6963/14/129. Evans DB"); only the expected number is looked for.
     */
    private static int glued(String text, int lineStart, int lineEnd, int next) {
        Matcher m = Pattern.compile("(?:" + next + "\\.|\\[" + next + "])\\s+\\p{Lu}").matcher(text).region(lineStart, lineEnd);
        return m.find() && m.start() > lineStart ? m.start() : -1;
    }

    private static int lineEnd(String text, int lineStart) {
        int n = text.indexOf('\n', lineStart);
        return n < 0 ? text.length() : n;
    }
}
