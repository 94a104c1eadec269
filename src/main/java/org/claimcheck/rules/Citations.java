package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.CitingSentence;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.ParsedReference;
import org.claimcheck.cite.Reference;
import org.claimcheck.cite.ReferenceParser;
import org.claimcheck.source.Document;
import org.claimcheck.time.DateParser;
import org.claimcheck.time.ProseDates;
import org.claimcheck.time.PartialDate;

/**
 * A document's citations as an editor reads them: each marker with the text it vouches for (back to the
 * previous marker, at most a few sentences, never past the paragraph), the dates and names stated there, and
 * each entry of the list with its parsed fields. Computed once per reference list of a document (its main list,
 * named groups, a supplementary list: each marker counts in its own list) and shared by the citation rules.
 */
record Citations(Document doc, List<Cite> cites, Map<Integer, Entry> entries, Map<String, List<Entry>> entriesNaming,
        Map<Integer, Set<Integer>> runs, Set<Integer> runsReporting) {
    /** How many sentences back a marker vouches for, when no earlier marker bounds it. */
    private static final int SENTENCES = 3;
    private static final int DISTINCTIVE = 10;
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}’'-]*\\p{L}|\\b\\p{Lu}{2,}\\b");
    /** Words that are capitalised for being first or for being months, not for being names. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "of", "and", "for", "to",
            "from", "with", "by", "at", "as", "is", "it", "its", "this", "that", "these", "those", "after", "before",
            "during", "since", "when", "while", "but", "however", "both", "due", "following", "according", "over",
            "under", "between", "beyond", "most", "many", "some", "all", "new", "now", "what", "how", "why", "who",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "retrieved", "archived", "pdf", "original", "press");
    /** Wording of plans and forecasts: their years are not events a source must postdate. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|expected|planned|plans?|scheduled|"
            + "projected|forecasts?|aims?|could be|by \\d{4}|until \\d{4}|as of|since (?:the )?\\d{4})\\b|\\[update]");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** Editors' tags and lettered notes: the text before them is vouched for by something else. */
    private static final Pattern TAG = Pattern.compile("\\[(?:[a-z]{1,4} \\d{1,3}|[a-z]|citation needed)]");

    /** One marker: the text it vouches for, the dates stated there (none when it speaks of plans), its names. */
    record Cite(Marker marker, int spanStart, String span, List<PartialDate> dates, Set<String> names) {
        /** The latest date the text states: the event the cited entry must not predate. */
        PartialDate event() {
            return dates.stream().max(Comparator.comparing(PartialDate::last)).orElse(null);
        }

        /** The date stated last before the marker, the one a marker placed mid-sentence vouches for. */
        PartialDate nearest() {
            return dates.isEmpty() ? null : dates.get(dates.size() - 1);
        }

        int number() {
            return marker.number();
        }
    }

    /** One entry: its place, its parsed fields and the names in its title and container. */
    record Entry(Reference ref, ParsedReference fields, Set<String> names) {
        /** The publication date, unless it was read from the title alone ("Fortune 500 Companies 2019"). */
        PartialDate date() {
            PartialDate d = fields.date();
            if (d == null || fields.title() == null) return d;
            String year = String.valueOf(d.year());
            return fields.title().contains(year) && !ref.text().replace(fields.title(), "").contains(year) ? null : d;
        }

        /** "entry 10 (1974-12-14, "Soviet Helps Mongolia Shed Feudalism")", for messages. */
        String describe() {
            String title = fields.title() == null ? "" : ", \"" + fields.title() + "\"";
            return ref.label() + " (" + (date() == null ? "undated" : date().toString()) + title + ")";
        }
    }

    /** One per reference list of the document (listed, or counted in by its markers), main list first. */
    static List<Citations> of(Workspace ws, Document doc) {
        return ws.derived(List.of(Citations.class, doc.id()), () -> {
            Set<String> lists = new java.util.TreeSet<>();
            doc.markers().forEach(m -> lists.add(m.list()));
            doc.references().forEach(r -> lists.add(r.list()));
            return lists.stream().map(list -> read(doc, list)).toList();
        });
    }

    private static Citations read(Document doc, String list) {
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        for (Reference r : doc.references()) {
            if (!r.list().equals(list)) continue;
            ParsedReference f = ReferenceParser.parse(r.text());
            String about = (f.title() == null ? "" : f.title()) + " " + (f.container() == null ? "" : f.container());
            Set<String> names = new LinkedHashSet<>();
            names(about, Set.of()).forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
            entries.putIfAbsent(r.number(), new Entry(r, f, names));
        }
        Set<String> topic = new LinkedHashSet<>();
        names(doc.info().title() == null ? "" : doc.info().title(), Set.of()).forEach(n -> topic.add(n.toLowerCase(Locale.ROOT)));
        boolean linesAreParagraphs = !doc.path().toLowerCase(Locale.ROOT).endsWith(".pdf");
        List<Cite> cites = new ArrayList<>();
        String text = doc.text();
        int previousEnd = 0, runStart = 0, spanStart = 0;
        for (Marker m : doc.markers()) {
            if (!m.list().equals(list)) continue;
            boolean sameRun = !cites.isEmpty() && (m.start() < previousEnd
                    || text.substring(previousEnd, m.start()).isBlank());
            if (!sameRun) {
                runStart = m.start();
                spanStart = Math.max(CitingSentence.start(text, runStart, SENTENCES, linesAreParagraphs), previousEnd);
            }
            Matcher tag = TAG.matcher(text).region(Math.min(spanStart, runStart), runStart);
            while (tag.find()) spanStart = tag.end();
            int from = Math.min(spanStart, runStart);
            String span = text.substring(from, runStart);
            List<PartialDate> dates = ProseDates.findAll(span).stream()
                    .filter(d -> !doc.isSetAside(from + d.start()) && !aboutPlans(span, d.start()))
                    .map(DateParser.Found::date).toList();
            cites.add(new Cite(m, spanStart, span, dates, names(doc.setAside().kept(text, from, runStart), topic)));
            previousEnd = Math.max(previousEnd, m.end());
        }
        Map<String, List<Entry>> naming = new HashMap<>();
        entries.values().forEach(e -> e.names().forEach(n -> naming.computeIfAbsent(n, k -> new ArrayList<>()).add(e)));
        Map<Integer, Set<Integer>> runs = new HashMap<>();
        Set<Integer> reporting = new java.util.HashSet<>();
        for (Cite c : cites) {
            runs.computeIfAbsent(c.spanStart(), k -> new java.util.TreeSet<>()).add(c.number());
            Entry e = entries.get(c.number());
            if (e != null && e.date() != null && !predates(e, c)) reporting.add(c.spanStart());
        }
        return new Citations(doc, List.copyOf(cites), entries, naming, runs, reporting);
    }

    /** Whether the sentence holding the offset speaks of plans, forecasts or a standing state ("as of 2018"). */
    private static boolean aboutPlans(String span, int at) {
        int start = 0;
        Matcher m = SENTENCE.matcher(span);
        while (m.find()) {
            if (m.end() > at) return FUTURE.matcher(span.substring(start, m.start())).find();
            start = m.end();
        }
        return FUTURE.matcher(span.substring(start)).find();
    }

    /** Capitalised words and acronyms, as written, that are not function words or the document's topic (lower case). */
    static Set<String> names(String s, Set<String> topic) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            String w = m.group().replaceAll("[’']s$", "");
            String key = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !NOT_NAMES.contains(key) && !topic.contains(key)) out.add(w);
        }
        return out;
    }

    /** The names an entry and a span share, leaving out names found in many entries (the topic's own words). */
    Set<String> shared(Cite c, Entry e) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : c.names()) {
            String key = n.toLowerCase(Locale.ROOT);
            if (e.names().contains(key) && distinctive(key)) out.add(n);
        }
        return out;
    }

    /**
     * Whether a name (lower case) tells entries apart: found in at most a quarter of them and in at most
     * {@value #DISTINCTIVE} (a name in more points at no one entry, and the bound keeps lookups by name linear).
     */
    private boolean distinctive(String key) {
        int n = entriesNaming.getOrDefault(key, List.of()).size();
        return n * 4 <= Math.max(4, entries.size()) && n <= DISTINCTIVE;
    }

    /** The entries that share a distinctive name with the marker's text: the only ones that can fit it by name. */
    Set<Entry> naming(Cite c) {
        Set<Entry> out = new LinkedHashSet<>();
        for (String n : c.names()) {
            String key = n.toLowerCase(Locale.ROOT);
            if (distinctive(key)) out.addAll(entriesNaming.getOrDefault(key, List.of()));
        }
        return out;
    }

    /** Whether the marker's run ("[3][4]") also cites the number: that entry is cited for this text already. */
    boolean citedInRun(Cite c, int number) {
        return runs.getOrDefault(c.spanStart(), Set.of()).contains(number);
    }

    /** The claim entries that record the number in a quote from this document ({@code cites} counts in the main list). */
    static List<org.claimcheck.check.Location> claimsCiting(Workspace ws, Document doc, int number) {
        return claimsCiting(ws).getOrDefault(doc.id(), Map.of()).getOrDefault(number, List.of()).stream()
                .map(ws::locate).toList();
    }

    /** Source id, then marker number, to the claims recording it, in claim order: built once, not per number. */
    private static Map<String, Map<Integer, List<org.claimcheck.claim.Claim>>> claimsCiting(Workspace ws) {
        return ws.derived(List.of(Citations.class, "claims citing", ""), () -> {
            Map<String, Map<Integer, List<org.claimcheck.claim.Claim>>> index = new HashMap<>();
            for (org.claimcheck.claim.Claim c : ws.claims()) {
                Map<String, Set<Integer>> cited = new LinkedHashMap<>();
                c.quotes().forEach(q -> cited.computeIfAbsent(q.source(), k -> new LinkedHashSet<>()).addAll(q.cites()));
                cited.forEach((source, numbers) -> numbers.forEach(n -> index.computeIfAbsent(source, k -> new HashMap<>())
                        .computeIfAbsent(n, k -> new ArrayList<>()).add(c)));
            }
            return index;
        });
    }

    /** The marker, the entry it points at, then the claims that record the marker. */
    static List<org.claimcheck.check.Location> evidence(Workspace ws, Document doc, Cite c, Entry... entries) {
        List<org.claimcheck.check.Location> where = new ArrayList<>();
        where.add(ws.locate(doc, c.marker().start(), c.marker().end()));
        for (Entry e : entries) where.add(ws.locate(doc, e.ref().start(), e.ref().end()));
        if (c.marker().list().equals(Reference.MAIN)) where.addAll(claimsCiting(ws, doc, c.number()));
        return where;
    }

    /** The cited text for messages: its last words, at most about 80 characters. */
    static String quote(Cite c) {
        String s = c.span().strip().replaceAll("\\s+", " ");
        return "\"" + (s.length() > 80 ? "…" + s.substring(s.length() - 79).stripLeading() : s) + "\"";
    }

    /**
     * Whether the entry was published two or more years before the latest year its citing text states. A source
     * a year ahead is normal: news of a film due next year, a preview of next year's election.
     */
    static boolean predates(Entry e, Cite c) {
        return e.date() != null && c.event() != null && e.date().year() <= c.event().year() - 2;
    }

    /**
     * Whether the entry cannot be the source of the marker's text: it predates the text's event, unless another
     * entry of the marker's run reports that event and this one an earlier date the text states ("opened in 1901
     * and extended in 1914.[2][3]").
     */
    boolean anachronistic(Cite c, Entry e) {
        if (!predates(e, c)) return false;
        // The run's markers share one text, so whether one of its entries reports the text's event is known per run.
        return !runsReporting.contains(c.spanStart()) || c.dates().stream().noneMatch(d -> e.date().year() >= d.year() - 1);
    }

    /** Whether the entry is dated in the year stated right before the marker (a contemporary report of it). */
    static boolean nearestYear(Entry e, Cite c) {
        return e.date() != null && c.nearest() != null && e.date().year() == c.nearest().year()
                && !e.date().last().isBefore(c.nearest().first());
    }

    /** Whether the entry is dated in a year the citing text states, and not before the text's latest date. */
    static boolean sameYear(Entry e, Cite c) {
        return e.date() != null && !predates(e, c) && c.dates().stream().anyMatch(d -> d.year() == e.date().year());
    }
}
