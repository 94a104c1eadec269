package org.claimcheck.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.anchor.Anchorer;
import org.claimcheck.cite.Marker;
import org.claimcheck.claim.Entity;
import org.claimcheck.claim.Vocabulary;
import org.claimcheck.source.Document;
import org.claimcheck.text.SentenceSplitter;

/**
 * A claims file to start recording a source from: one claim skeleton per sentence of its article text that
 * carries a date, a number, a citation marker or a name of the vocabulary, with the sentence as its exact quote
 * and the markers it carries as {@code cites}. What only a reader can say is left to the historian: {@code says}
 * is marked TODO and {@code assert} is a comment listing the dates, numbers and entities the sentence states.
 */
public final class Draft {
    /** A sentence longer than this is no claim's quote (and a YAML line has a limit): it is left out. */
    static final int MAX_QUOTE = 2000;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?%?");
    private static final Pattern DATE = Pattern.compile("\\b(?:\\d{1,2} )?(?:January|February|March|April|May|June"
            + "|July|August|September|October|November|December)(?: \\d{1,2},?)? \\d{3,4}\\b|\\b\\d{3,4}s?\\b");

    /** One drafted claim: the sentence, where it stands, and what the historian is shown about it. */
    public record Sketch(String id, String quote, int start, int end, int line, int occurrence, List<Integer> cites,
            List<String> dates, List<String> numbers, List<String> entities) {
    }

    private Draft() {
    }

    public static List<Sketch> of(Document doc, Vocabulary vocabulary) {
        String text = doc.text();
        List<Marker> markers = doc.markers().stream().sorted(java.util.Comparator.comparingInt(Marker::start)).toList();
        Anchorer anchorer = new Anchorer(text);
        String prefix = idPrefix(doc.id());
        List<Sketch> out = new ArrayList<>();
        int m = 0;
        for (SentenceSplitter.Span s : SentenceSplitter.split(text, 0, doc.bodyEnd())) {
            int start = doc.setAside().firstKept(s.start(), s.end());
            if (start < 0 || !doc.inBody(start) || s.end() - start > MAX_QUOTE) continue;
            String kept = doc.setAside().kept(text, start, s.end());
            while (m < markers.size() && markers.get(m).start() < start) m++;
            Set<Integer> cites = new LinkedHashSet<>();
            int end = s.end();
            for (int k = m; k < markers.size() && markers.get(k).start() < s.end(); k++) cites.add(markers.get(k).number());
            end = withoutTrailingMarkers(text, markers, m, start, end);
            List<String> entities = names(kept, vocabulary);
            if (!Coverage.carries(kept) && entities.isEmpty()) continue;
            String quote = text.substring(start, end).strip();
            if (quote.isEmpty()) continue;
            List<Anchor> places = anchorer.occurrences(quote);
            int occurrence = places.size() > 1 ? indexOf(places, start) + 1 : 0;
            String withoutMarkers = markerless(text, markers, m, start, s.end());
            out.add(new Sketch(prefix + (out.size() + 1), quote, start, end, doc.position(start).line(), occurrence,
                    List.copyOf(cites), matches(DATE, withoutMarkers), numbers(withoutMarkers), entities));
        }
        return out;
    }

    /** The sentence's end before the markers that close it: the quote carries them as the run right after it. */
    private static int withoutTrailingMarkers(String text, List<Marker> markers, int from, int start, int end) {
        int e = end;
        for (int k = markers.size() - 1; k >= from; k--) {
            Marker mk = markers.get(k);
            if (mk.start() >= end || mk.end() > e) continue;
            if (mk.end() == e || text.substring(mk.end(), e).isBlank()) e = Math.max(start, mk.start());
            else break;
        }
        return e;
    }

    private static String markerless(String text, List<Marker> markers, int from, int start, int end) {
        StringBuilder b = new StringBuilder();
        int at = start;
        for (int k = from; k < markers.size() && markers.get(k).start() < end; k++) {
            Marker mk = markers.get(k);
            if (mk.start() >= at) b.append(text, at, mk.start()).append(' ');
            at = Math.max(at, Math.min(end, mk.end()));
        }
        return b.append(text, at, end).toString();
    }

    private static int indexOf(List<Anchor> places, int start) {
        for (int i = 0; i < places.size(); i++) if (places.get(i).start() == start) return i;
        return 0;
    }

    private static List<String> matches(Pattern p, String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.group());
        return List.copyOf(out);
    }

    /** Numbers that are not years already listed as dates. */
    private static List<String> numbers(String s) {
        Set<String> dates = new TreeSet<>();
        Matcher d = DATE.matcher(s);
        while (d.find()) dates.addAll(matches(NUMBER, d.group()));
        return matches(NUMBER, s).stream().map(n -> n.replaceAll("[,.]$", "")).filter(n -> !dates.contains(n)).distinct().toList();
    }

    /** The ids of vocabulary entities whose name or a variant stands in the sentence as whole words. */
    private static List<String> names(String sentence, Vocabulary vocabulary) {
        List<String> out = new ArrayList<>();
        for (Entity e : vocabulary.entityList()) {
            for (String name : e.spellings()) {
                int at = name.isBlank() ? -1 : sentence.indexOf(name);
                if (at >= 0 && edge(sentence, at - 1) && edge(sentence, at + name.length())) {
                    out.add(e.id());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean edge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** "draft-<source>-": kebab-case, short enough that the numbered id stays within the id limit. */
    static String idPrefix(String sourceId) {
        String id = sourceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "draft-" + (id.isEmpty() ? "" : id.substring(0, Math.min(id.length(), 100)).replaceAll("-$", "") + "-");
    }
}
