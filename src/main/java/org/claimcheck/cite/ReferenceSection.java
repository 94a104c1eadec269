package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered reference list of a plain text: a heading line such as "References" followed by entries
 * "1. ..." or "[1] ...", one a line. The body of the text is what stands before that heading.
 */
public record ReferenceSection(int headingStart, List<Reference> entries) {
    private static final Set<String> HEADINGS = Set.of("references", "notes", "notes and references", "citations",
            "footnotes", "sources", "bibliography", "works cited", "literature cited");
    private static final Pattern ENTRY = Pattern.compile("^[ \\t]*(?:(\\d{1,4})[.)]|\\[(\\d{1,4})])[ \\t]+(\\S.*?)[ \\t]*$",
            Pattern.MULTILINE);

    /** The last heading followed by numbered entries; none when the text has no such list. */
    public static ReferenceSection find(String text) {
        ReferenceSection found = new ReferenceSection(text.length(), List.of());
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd).strip().toLowerCase(Locale.ROOT);
            if (HEADINGS.contains(line)) {
                List<Reference> entries = entriesAfter(text, lineEnd);
                if (!entries.isEmpty()) found = new ReferenceSection(lineStart, entries);
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    /** Consecutive entry lines after a heading; blank lines between entries are allowed. */
    private static List<Reference> entriesAfter(String text, int from) {
        List<Reference> out = new ArrayList<>();
        int pos = from;
        while (pos < text.length()) {
            int lineStart = pos + 1;
            if (lineStart > text.length()) break;
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                out.add(new Reference(Integer.parseInt(number), m.group(3), lineStart + m.start(3), lineStart + m.end(3)));
            } else if (!line.isBlank() && !out.isEmpty()) {
                break;
            } else if (!line.isBlank()) {
                return List.of();
            }
            pos = lineEnd;
        }
        return out;
    }
}
