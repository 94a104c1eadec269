package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered entries after a reference-list heading. Marked entries ("1.", "1)", "[1]") may skip a few numbers
 * (an entry dropped). Bare ones ("1 Author, A. B., ...") look like page numbers, table rows and wrapped lines
 * that start with a number, so a bare list must start at 1 and count up by one, each entry's first line must
 * go on with a word and hold a comma or period, and it takes {@link #MIN_BARE} entries to make a list.
 */
final class ReferenceEntries {
    // each group runs greedy to the line's last non-space: linear, where a lazy group before [ \t]*$ is quadratic
    private static final Pattern MARKED = Pattern.compile("^[ \\t]*(?:(\\d{1,4})[.)]|\\[(\\d{1,4})])[ \\t]+(\\S(?:.*\\S)?)[ \\t]*$");
    private static final Pattern BARE = Pattern.compile("^[ \\t]*(\\d{1,4})()[ \\t]+([\\p{L}\"“‘'](?=.*[,.])(?:.*\\S)?)[ \\t]*$");
    /** A marked entry's number may skip a few (an entry dropped), never go back: a wrapped line may start with a number. */
    private static final int MAX_SKIP = 3;
    private static final int MAX_LINES = 8;
    private static final Pattern HEADING_LIKE = Pattern.compile("\\p{Lu}[\\p{L}'’&-]*(?: [\\p{L}'’&-]+){0,5}");
    /** The shortest run of bare entries that makes a list. */
    static final int MIN_BARE = 2;

    private ReferenceEntries() {
    }

    /**
     * Entries after a heading; blank lines between entries are allowed, and end the list before other text, as
     * does another list's heading or a line that cites ({@code [3]}). The last entry ends before a section
     * heading and keeps no more lines than the longest of the others: what follows a list is seldom set apart by
     * a blank line in text from PDFs.
     */
    static List<Reference> after(String text, int from, IntPredicate furniture) {
        boolean bare = bareFirst(text, from, furniture);
        Pattern entryLine = bare ? BARE : MARKED;
        List<Reference> out = new ArrayList<>();
        List<int[]> entry = new ArrayList<>();
        int number = 0, longest = 0, ends = MAX_LINES;
        boolean blank = false;
        for (int lineStart = from + 1; lineStart < text.length(); ) {
            int lineEnd = ReferenceSection.lineEnd(text, lineStart);
            int glued = entry.isEmpty() || bare ? -1 : glued(text, lineStart, lineEnd, number + 1);
            if (glued > 0) lineEnd = glued;
            String line = text.substring(lineStart, lineEnd);
            Matcher m = entryLine.matcher(line);
            int n = m.matches() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : -1;
            boolean next = bare ? n == number + 1 : n > number && (entry.isEmpty() || n <= number + MAX_SKIP);
            if (line.isBlank()) {
                blank = true;
            } else if (furniture.test(lineStart) || line.strip().matches("\\d{1,4}")) {
                // a running header or footer, or a page number, inside the list
            } else if (next) {
                if (!entry.isEmpty()) out.add(reference(text, number, entry, entry.size()));
                longest = Math.max(longest, entry.size());
                entry = new ArrayList<>();
                ends = MAX_LINES;
                entry.add(new int[] {lineStart + m.start(3), lineStart + m.end(3)});
                number = n;
                blank = false;
            } else if (entry.isEmpty() || blank || entry.size() >= MAX_LINES || ReferenceSection.heading(line) != null
                    || !MarkerScanner.scan(line, 0, line.length()).isEmpty()) {
                break;
            } else {
                // a section heading ends the list unless more entries follow ("Oxford University Press" wraps)
                if (sectionAfter(text, entry, line)) ends = Math.min(ends, entry.size());
                String more = line.strip();
                int at = lineStart + line.indexOf(more);
                entry.add(new int[] {at, at + more.length()});
            }
            lineStart = glued > 0 ? glued : lineEnd + 1;
        }
        int keep = Math.min(ends, out.size() >= 3 ? Math.max(1, longest) : MAX_LINES);
        if (!entry.isEmpty()) out.add(reference(text, number, entry, keep));
        return bare && out.size() < MIN_BARE ? List.of() : out;
    }

    /**
     * A section heading after an entry that ended with a period ("Supplementary material", "Appendix A"): a short
     * capitalised line without digits or punctuation, which no wrapped entry line is.
     */
    private static boolean sectionAfter(String text, List<int[]> entry, String line) {
        int[] last = entry.get(entry.size() - 1);
        return text.charAt(last[1] - 1) == '.' && HEADING_LIKE.matcher(line.strip()).matches();
    }

    /** An entry from its first {@code lines} lines, joined with a space, or without one after a hyphen. */
    private static Reference reference(String text, int number, List<int[]> parts, int lines) {
        StringBuilder s = new StringBuilder();
        List<int[]> kept = parts.subList(0, Math.min(lines, parts.size()));
        for (int[] p : kept) {
            if (s.length() > 0 && s.charAt(s.length() - 1) != '-') s.append(' ');
            s.append(text, p[0], p[1]);
        }
        return new Reference(number, s.toString(), kept.get(0)[0], kept.get(kept.size() - 1)[1]);
    }

    /** Whether the first line of text after the heading is a bare entry 1. */
    private static boolean bareFirst(String text, int from, IntPredicate furniture) {
        for (int lineStart = from + 1; lineStart < text.length(); ) {
            int lineEnd = ReferenceSection.lineEnd(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank() && !furniture.test(lineStart)) {
                Matcher m = BARE.matcher(line);
                return m.matches() && m.group(1).equals("1");
            }
            lineStart = lineEnd + 1;
        }
        return false;
    }

    /**
     * Where the next entry starts inside a line, when PDF extraction glued it to a footer
     * ("http://www.biomedcentral.com/1472-6963/14/129. Evans DB"); only the expected number is looked for.
     */
    private static int glued(String text, int lineStart, int lineEnd, int next) {
        Matcher m = Pattern.compile("(?:" + next + "\\.|\\[" + next + "])\\s+\\p{Lu}").matcher(text).region(lineStart, lineEnd);
        return m.find() && m.start() > lineStart ? m.start() : -1;
    }
}
