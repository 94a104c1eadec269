package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.report.HtmlModel.Note;
import org.claimcheck.report.HtmlModel.Row;
import org.claimcheck.report.HtmlModel.Segment;
import org.claimcheck.source.Position;

/**
 * Cuts a source's text into rows (one per line; empty lines are left out) and each row into pieces at every
 * boundary of a mark. Marks may overlap, so each piece is marked with the kinds of mark covering it rather
 * than nesting elements; the piece where a mark starts carries its anchor, its title and, on its row, its notes.
 */
final class TextRows {
    /** The spans that start at one offset and end at another, with everything pointing at them. */
    static final class Mark {
        final List<String> titles = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        boolean quote;
        boolean marker;
        boolean evidence;
    }

    private final AnnotatedText d;
    private final String token;
    private final int shown;
    /** Per offset: how many quote, marker and evidence spans start (+) or end (-) there. */
    private final TreeMap<Integer, int[]> delta = new TreeMap<>();
    private final TreeMap<Long, Mark> marks;
    private final int[] open = new int[3];
    private final List<String> anchors = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    TextRows(AnnotatedText d, String token, TreeMap<Long, Mark> marks, int shown) {
        this.d = d;
        this.token = token;
        this.shown = shown;
        this.marks = marks;
        for (Map.Entry<Long, Mark> e : marks.entrySet()) {
            int start = (int) (e.getKey() >>> 32);
            int end = (int) (long) e.getKey();
            Mark m = e.getValue();
            int[] kinds = {m.quote ? 1 : 0, m.marker ? 1 : 0, m.evidence ? 1 : 0};
            add(start, kinds, 1);
            add(end, kinds, -1);
        }
    }

    private void add(int at, int[] kinds, int sign) {
        int[] counts = delta.computeIfAbsent(at, k -> new int[3]);
        for (int i = 0; i < 3; i++) counts[i] += sign * kinds[i];
    }

    List<Row> rows() {
        String text = d.text();
        List<Row> rows = new ArrayList<>();
        var starts = marks.entrySet().iterator();
        var next = starts.hasNext() ? starts.next() : null;
        var events = delta.entrySet().iterator();
        var event = events.hasNext() ? events.next() : null;
        int lastPage = 0;
        for (int lineStart = 0; lineStart < shown; ) {
            int lineBreak = text.indexOf('\n', lineStart);
            if (lineBreak < 0 || lineBreak > shown) lineBreak = shown;
            // a CRLF file's lines end in CR, which a browser would show as one more line break
            int lineEnd = lineBreak > lineStart && text.charAt(lineBreak - 1) == '\r' ? lineBreak - 1 : lineBreak;
            List<Segment> segments = new ArrayList<>();
            int pos = lineStart;
            while (event != null && event.getKey() < lineEnd) {
                int at = event.getKey();
                if (at > pos) {
                    segments.add(segment(text.substring(pos, at)));
                    pos = at;
                }
                for (int i = 0; i < 3; i++) open[i] += event.getValue()[i];
                while (next != null && (int) (next.getKey() >>> 32) == at) {
                    int end = (int) (long) next.getKey();
                    anchors.add(DocumentViews.spanId(token, at, end));
                    titles.addAll(next.getValue().titles);
                    notes.addAll(next.getValue().notes);
                    next = starts.hasNext() ? starts.next() : null;
                }
                event = events.hasNext() ? events.next() : null;
            }
            if (lineEnd > pos) segments.add(segment(text.substring(pos, lineEnd)));
            if (!segments.isEmpty()) {
                Position p = d.position(lineStart);
                String page = p.page() > 0 && p.page() != lastPage ? "page " + p.page() : null;
                lastPage = p.page();
                rows.add(new Row(p.line(), page, segments, List.copyOf(notes)));
                notes.clear();
            }
            lineStart = lineBreak + 1;
        }
        return rows;
    }

    private Segment segment(String piece) {
        List<String> kinds = new ArrayList<>();
        if (open[0] > 0) kinds.add("q");
        if (open[1] > 0) kinds.add("m");
        if (open[2] > 0) kinds.add("e");
        Segment s = new Segment(piece, kinds.isEmpty() ? null : String.join(" ", kinds), List.copyOf(anchors),
                titles.isEmpty() ? null : String.join("; ", titles));
        anchors.clear();
        titles.clear();
        return s;
    }
}
