package org.claimcheck.report;

import java.util.List;
import java.util.TreeMap;
import org.claimcheck.report.HtmlModel.DocumentView;
import org.claimcheck.report.HtmlModel.Note;

/**
 * A source's whole text for the HTML report, as an annotated reading view: every anchored quote, citation
 * marker and piece of evidence marked, and beside each line notes naming the claims and findings that start
 * there. Spans that start and end at the same offsets are one mark.
 */
final class DocumentViews {
    /** Texts longer than this many characters are cut, so that one huge source cannot bloat the report. */
    static final int CAP = 2_000_000;
    private static final int NOTE = 160;

    /** A span a finding points at. */
    record Hit(int start, int end, int finding, String rule, String message) {
    }

    private DocumentViews() {
    }

    /** How much of the text is shown: all of it up to the cap, else up to the last line break before it. */
    static int shown(String text) {
        if (text.length() <= CAP) return text.length();
        int cut = text.lastIndexOf('\n', CAP);
        return Evidence.safe(text, cut > CAP / 2 ? cut : CAP);
    }

    static String spanId(String token, int start, int end) {
        return token + "-" + start + "-" + end;
    }

    static DocumentView view(AnnotatedText d, String token, String id, List<Hit> hits) {
        String text = d.text();
        int shown = shown(text);
        TreeMap<Long, TextRows.Mark> marks = new TreeMap<>();
        for (AnnotatedText.Span q : d.quotes()) {
            TextRows.Mark m = mark(marks, q.start(), q.end(), shown);
            if (m == null) continue;
            m.quote = true;
            m.titles.add("claim " + q.label());
            m.notes.add(new Note("quote-note", "#" + spanId(token, q.start(), q.end()), null, q.label(), q.place()));
        }
        for (AnnotatedText.Span k : d.markers()) {
            TextRows.Mark m = mark(marks, k.start(), k.end(), shown);
            if (m == null || m.titles.contains("marker " + k.label())) continue;
            m.marker = true;
            m.titles.add("marker " + k.label());
        }
        for (Hit h : hits) {
            TextRows.Mark m = mark(marks, h.start(), h.end(), shown);
            if (m == null) continue;
            m.evidence = true;
            m.titles.add("finding " + h.finding() + ": " + h.rule());
            m.notes.add(new Note("finding-note", "#finding-" + h.finding(), "finding-" + h.finding(),
                    h.finding() + ". " + h.rule(), shorten(h.message())));
        }
        String note = shown < text.length() ? "The text is cut after " + shown + " of " + text.length()
                + " characters to keep the report small; the findings above show their evidence past the cut." : null;
        return new DocumentView(token, id, d.path(), d.title(), note, new TextRows(d, token, marks, shown).rows());
    }

    /** A note beside the text gives a long message's start; the finding it links to has the rest. */
    private static String shorten(String message) {
        return message.length() <= NOTE ? message : message.substring(0, Evidence.safe(message, NOTE)) + "…";
    }

    private static TextRows.Mark mark(TreeMap<Long, TextRows.Mark> marks, int start, int end, int shown) {
        if (start < 0 || start >= end || start >= shown) return null;
        return marks.computeIfAbsent(FindingViews.key(start, Math.min(end, shown)), k -> new TextRows.Mark());
    }
}
