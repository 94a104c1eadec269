package org.claimcheck.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page furniture of a PDF's text, page by page: running heads and footers (lines near a page's top or bottom
 * whose text, digits and "Page 9 of 11" aside, recurs near the edge of another page; then a line of that shape a
 * little further in on a third page is one too: the first page's footer sits above its licence), page numbers
 * (lines that are only a number counting in step with the pages, on two pages or more), and a journal's address
 * that text extraction glued to the first words of a page ("http://www.biomedcentral.com/1472-6963/14/1Background":
 * the part that three pages or more begin with alike).
 */
final class RunningHeads {
    /** Lines this far from a page's top or bottom may be running heads and footers. */
    private static final int EDGE = 3;
    /** A line shaped like a running head found at the edges of two pages is one this far from another page's edge. */
    private static final int REACH = 6;
    /** A folio: "7", "Page 7", "7 of 11", "Page 7 of 11", "- 7 -". */
    private static final Pattern FOLIO = Pattern.compile("(?i)(?:page\\s*)?(\\d{1,4})(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*(\\d{1,4})\\s*[-–—]");
    /** "Page 7 of 11" inside a running head, which the first page's head may lack. */
    private static final Pattern PAGE_OF = Pattern.compile("(?i)\\s*\\bpage\\s*#(?:\\s*(?:of|/)\\s*#)?");
    /** An address at a line's start: its site names the group of lines that may share a glued prefix. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)([a-z0-9.-]{1,100})/\\S{0,200}");
    /** The shortest address prefix taken for furniture. */
    private static final int MIN_PREFIX = 15;

    private RunningHeads() {
    }

    private record Line(int start, int end, int page, int fromEdge) {
    }

    static List<SetAside.Range> of(String text, int[] pageStarts) {
        List<Line> lines = edgeLines(text, pageStarts);
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        Map<Integer, Set<Integer>> folioPages = new HashMap<>();
        Map<String, List<Line>> bySite = new HashMap<>();
        for (Line l : lines) {
            if (l.fromEdge() >= EDGE) continue;
            String s = text.substring(l.start(), l.end()).strip();
            pagesOf.computeIfAbsent(shape(s), x -> new HashSet<>()).add(l.page());
            Integer shift = shift(s, l.page());
            if (shift != null) folioPages.computeIfAbsent(shift, x -> new HashSet<>()).add(l.page());
            Matcher a = ADDRESS.matcher(text).region(l.start(), l.end());
            if (a.lookingAt()) bySite.computeIfAbsent(a.group(1).toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(l);
        }
        List<SetAside.Range> out = new ArrayList<>();
        for (Line l : lines) {
            String s = text.substring(l.start(), l.end()).strip();
            String shape = shape(s);
            Integer shift = l.fromEdge() < EDGE ? shift(s, l.page()) : null;
            boolean head = pagesOf.getOrDefault(shape, Set.of()).size() >= 2 && shape.replaceAll("[^\\p{L}]", "").length() >= 4;
            boolean folio = shift != null && folioPages.get(shift).size() >= 2;
            if (head || folio) out.add(new SetAside.Range(l.start(), l.end(), SetAside.Reason.RUNNING_HEAD));
        }
        for (List<Line> site : bySite.values()) out.addAll(gluedPrefixes(text, site));
        return out;
    }

    /** The non-blank lines within {@link #REACH} of a page's top or bottom, with how far from the edge. */
    private static List<Line> edgeLines(String text, int[] pageStarts) {
        List<Line> out = new ArrayList<>();
        for (int p = 0; p < pageStarts.length; p++) {
            int end = p + 1 < pageStarts.length ? pageStarts[p + 1] : text.length();
            List<int[]> page = new ArrayList<>();
            for (int s = pageStarts[p]; s < end; ) {
                int e = text.indexOf('\n', s);
                if (e < 0) break;
                if (!text.substring(s, e).isBlank()) page.add(new int[] {s, e});
                s = e + 1;
            }
            for (int k = 0; k < page.size(); k++) {
                int fromEdge = Math.min(k, page.size() - 1 - k);
                if (fromEdge < REACH) out.add(new Line(page.get(k)[0], page.get(k)[1], p, fromEdge));
            }
        }
        return out;
    }

    /** The page number minus the page's index when the line is only a number, which a folio keeps constant. */
    private static Integer shift(String line, int page) {
        Matcher m = FOLIO.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(m.group(1) != null ? 1 : 2)) - page : null;
    }

    private static String shape(String line) {
        return PAGE_OF.matcher(line.replaceAll("\\d+", "#")).replaceAll(" ").strip();
    }

    /** The start that the edge lines of three pages or more beginning with one site's address all share. */
    private static List<SetAside.Range> gluedPrefixes(String text, List<Line> site) {
        if (site.stream().map(Line::page).distinct().count() < 3) return List.of();
        int common = Integer.MAX_VALUE;
        Line first = site.get(0);
        for (Line l : site) {
            int n = 0;
            int max = Math.min(l.end() - l.start(), first.end() - first.start());
            while (n < max && text.charAt(l.start() + n) == text.charAt(first.start() + n)) n++;
            common = Math.min(common, n);
        }
        if (common < MIN_PREFIX) return List.of();
        int prefix = common;
        return site.stream().map(l -> new SetAside.Range(l.start(), l.start() + prefix, SetAside.Reason.RUNNING_HEAD)).toList();
    }
}
