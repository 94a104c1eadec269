package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.source.Document;

/**
 * One work listed twice in one reference list. Entries are grouped by what names a work ({@link WorkKeys}), so
 * the check is linear; an entry joins the first entry with one of its keys unless the two say they are different
 * works or passages: different titles (chapters of one volume share its ISBN, pages of a site its landing address),
 * different page numbers (one book cited for two passages), or, for a title match, different first authors.
 */
@RuleInfo(id = "reference-duplicate", severity = Severity.WARNING,
        summary = "one work is listed twice in a reference list",
        description = """
                A work listed twice splits its citations between two entries and makes the list look longer than \
                it is. Entries of one list are the same work when they share a DOI, an ISBN (an ISBN-10 matches \
                its ISBN-13) or an address (ignoring http or https, "www." and trailing slashes), or a title of at \
                least four words and the year. Site home pages and archived copies are no work's address; titles \
                that differ, page numbers that differ (two passages of one book) and, for titles, first authors \
                that differ keep entries apart, and "Ibid." or "Op. cit." entries repeat the one before on \
                purpose. One finding per work names the later entries and the first.""")
public final class ReferenceDuplicate implements Rule {
    /** Entries that stand for the previous one by design. */
    private static final Pattern REPEATS_ON_PURPOSE = Pattern.compile("(?i)^\\W*(?:(?:ibid|idem|op\\.? ?cit|loc\\.? ?cit)\\b|id\\.)");

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            for (Citations list : Citations.of(ws, doc)) check(ws, doc, List.copyOf(list.entries().values()), out);
        }
        return out;
    }

    private void check(Workspace ws, Document doc, List<Citations.Entry> entries, List<Finding> out) {
        Map<String, Integer> firstWith = new HashMap<>();
        Map<Integer, List<Integer>> repeats = new LinkedHashMap<>();
        Map<Integer, String> why = new HashMap<>();
        int[] first = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            first[i] = i;
            Citations.Entry e = entries.get(i);
            if (REPEATS_ON_PURPOSE.matcher(e.ref().text()).find()) continue;
            for (Map.Entry<String, String> key : WorkKeys.of(e).entrySet()) {
                Integer j = firstWith.putIfAbsent(key.getKey(), i);
                if (j == null || first[i] != i || !sameWork(entries.get(j), e, key.getKey().startsWith("title "))) continue;
                first[i] = first[j];
                repeats.computeIfAbsent(first[j], k -> new ArrayList<>()).add(i);
                why.putIfAbsent(first[j], key.getValue());
            }
        }
        repeats.forEach((original, later) -> out.add(report(ws, doc, entries, original, later, why.get(original))));
    }

    /** Whether nothing the entries say sets them apart: titles, pages and (for a title match) first authors. */
    private static boolean sameWork(Citations.Entry a, Citations.Entry b, boolean byTitle) {
        if (differ(normal(a.fields().title()), normal(b.fields().title()))) return false;
        if (differ(a.fields().pages(), b.fields().pages())) return false;
        return !byTitle || !differ(surname(a), surname(b));
    }

    /**
     * Both known and neither the start or end of the other: a title with and without its subtitle, or a page's
     * title with and without the title of the story it belongs to ("Moriori – The impact of new arrivals"), is one.
     */
    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.startsWith(b) && !b.startsWith(a) && !a.endsWith(b) && !b.endsWith(a);
    }

    private static String normal(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The first author's first word, which is the surname in "Surname, Given" and an organisation's first word. */
    private static String surname(Citations.Entry e) {
        if (e.fields().authors().isEmpty()) return null;
        String n = normal(e.fields().authors().get(0));
        return n == null || n.isEmpty() ? null : n.split(" ")[0];
    }

    private Finding report(Workspace ws, Document doc, List<Citations.Entry> entries, int original, List<Integer> later,
                           String why) {
        List<Location> where = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i : later) {
            Citations.Entry e = entries.get(i);
            labels.add(e.ref().label());
            where.add(ws.locate(doc, e.ref().start(), e.ref().end()));
        }
        Citations.Entry first = entries.get(original);
        where.add(ws.locate(doc, first.ref().start(), first.ref().end()));
        String who = labels.size() == 1 ? labels.get(0) + " in " + doc.path() + " repeats "
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1)
                + " in " + doc.path() + " repeat ";
        return finding(who + first.ref().label() + " (same " + why + ")", where,
                "merge them into one entry and cite it by one number (on Wikipedia, a named reference)");
    }
}
