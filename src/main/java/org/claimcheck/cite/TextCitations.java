package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The citations of a plain or PDF text: its reference lists and the markers that count in each. A marker counts
 * in the first list that follows it (the body goes on between lists: an appendix, supplementary material);
 * text after the last list (author lists, affiliations) is not body. Markers are bracketed; parenthesised numbers
 * count only in a text without bracketed markers, and only where they fit their list ({@link ParenMarkers}).
 *
 * @param bodyEnd where the last list's heading starts, or the text's end when it has no list
 */
public record TextCitations(List<Marker> markers, List<Reference> references, int bodyEnd, List<ReferenceSection> lists) {

    public static TextCitations read(String text, IntPredicate furniture) {
        List<ReferenceSection> lists = ReferenceSection.findAll(text, furniture);
        List<Marker> markers = new ArrayList<>();
        int from = 0;
        for (ReferenceSection list : lists) {
            for (Marker m : MarkerScanner.scan(text, from, list.headingStart())) markers.add(m.inList(list.name()));
            from = list.end();
        }
        if (lists.isEmpty()) markers.addAll(MarkerScanner.scan(text, 0, text.length()));
        if (markers.isEmpty()) {
            from = 0;
            for (ReferenceSection list : lists) {
                markers.addAll(ParenMarkers.accept(ParenMarkers.candidates(text, from, list.headingStart()),
                        list.entries(), list.name()));
                from = list.end();
            }
        }
        List<Reference> references = lists.stream().flatMap(l -> l.entries().stream()).toList();
        int bodyEnd = lists.isEmpty() ? text.length() : lists.get(lists.size() - 1).headingStart();
        return new TextCitations(List.copyOf(markers), references, bodyEnd, lists);
    }

    /** Whether an offset is inside a reference list, from its heading to the end of its last entry. */
    public boolean inList(int offset) {
        return lists.stream().anyMatch(l -> offset >= l.headingStart() && offset < l.end());
    }
}
