package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered reference lists of a text: each a heading such as "References" or "Supplementary References"
 * followed by entries "1. ...", "1) ...", "[1] ..." or, bare, "1 Author, A. B., ...". Entries may wrap over
 * several lines, as in text extracted from PDFs, where a running header or footer ({@code furniture}) may also
 * stand between two lines of one entry. The first list is the main one ({@link Reference#MAIN}); a later list
 * numbered from the start again is a list of its own, named by its heading; a later heading whose entries
 * continue the numbering (a heading repeated on the next page) continues its list.
 *
 * @param end the end of the list's last entry, where the text may go on (an appendix between two lists)
 */
public record ReferenceSection(int headingStart, int end, String name, List<Reference> entries) {
    private static final Set<String> HEADINGS = Set.of("references", "notes", "notes and references", "citations",
            "footnotes", "sources", "bibliography", "works cited", "literature cited", "reference list");
    /**
     * A heading, perhaps numbered ("7 References", "VII. REFERENCES"), qualified, ending in a colon, or marked
     * as one in Markdown ("## References").
     */
    private static final Pattern HEADING = Pattern.compile("(?i)(?:#{1,6}\\s+)?(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+|[IVX]{1,5}\\.\\s+)?"
            + "((?:(?:supplementary|supplemental|additional|online|appendix)\\s+)?([\\p{L} ]{1,30}?))\\s*:?");
    /** A heading glued to the line before it by PDF extraction: "Published: 2 January 2014References". */
    private static final Pattern GLUED = Pattern.compile(".*[^\\p{L}\\s](References|Bibliography)");

    public ReferenceSection {
        entries = List.copyOf(entries);
    }

    /** The lists of a text, in text order, the main list first; none when the text has no numbered list. */
    public static List<ReferenceSection> findAll(String text, IntPredicate furniture) {
        List<ReferenceSection> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = lineEnd(text, lineStart);
            String heading = furniture.test(lineStart) ? null : heading(text.substring(lineStart, lineEnd));
            List<Reference> entries = heading == null ? List.of() : ReferenceEntries.after(text, lineEnd, furniture);
            if (!entries.isEmpty()) {
                ReferenceSection last = out.isEmpty() ? null : out.get(out.size() - 1);
                int end = entries.get(entries.size() - 1).end();
                if (last != null && entries.get(0).number() > last.entries.get(last.entries.size() - 1).number()) {
                    List<Reference> all = new ArrayList<>(last.entries);
                    all.addAll(named(entries, last.name));
                    out.set(out.size() - 1, new ReferenceSection(last.headingStart, end, last.name, all));
                } else {
                    String name = out.isEmpty() ? Reference.MAIN : unique(heading, names);
                    names.add(heading.toLowerCase(Locale.ROOT));
                    names.add(name.toLowerCase(Locale.ROOT));
                    out.add(new ReferenceSection(lineStart, end, name, named(entries, name)));
                }
                lineEnd = lineEnd(text, end);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The heading a line is, as written without its number and colon, or null. */
    static String heading(String line) {
        String s = line.strip();
        if (s.length() > 60 || !namesAHeading(s)) return null;
        Matcher h = HEADING.matcher(s);
        if (h.matches() && HEADINGS.contains(h.group(2).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
            return h.group(1).strip().replaceAll("\\s+", " ");
        }
        Matcher g = GLUED.matcher(s);
        return g.matches() ? g.group(1) : null;
    }

    /** Words every heading holds: most lines hold none, and are passed over without running the patterns. */
    private static final String[] HEADING_WORDS = {"referenc", "note", "citation", "source", "bibliograph", "cited"};

    private static boolean namesAHeading(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String w : HEADING_WORDS) if (lower.contains(w)) return true;
        return false;
    }

    /** The heading as a list's name, numbered when an earlier list has the same heading ("References 2"). */
    private static String unique(String heading, Set<String> taken) {
        String name = heading;
        for (int k = 2; taken.contains(name.toLowerCase(Locale.ROOT)); k++) name = heading + " " + k;
        return name;
    }

    private static List<Reference> named(List<Reference> entries, String list) {
        return entries.stream().map(r -> r.inList(list)).toList();
    }

    static int lineEnd(String text, int lineStart) {
        int n = text.indexOf('\n', lineStart);
        return n < 0 ? text.length() : n;
    }
}
