package org.claimcheck.report;

import java.util.List;

/**
 * What the HTML template renders, as plain strings and numbers: every string from input is escaped by the
 * template engine where it is written, so nothing here is markup. {@code style} and {@code script} are the
 * report's own inline CSS and JavaScript, and {@code csp} allows exactly those two by their hashes.
 */
public record HtmlModel(String scope, String tally, String csp, String style, String script, List<RuleRow> rules,
        List<Count> severities, List<FileRow> files, List<Group> groups, int findingCount, List<DocumentView> documents,
        List<DisputeSection> disputes) {

    /** A rule with findings: its id, severity and how many. */
    public record RuleRow(String rule, String severity, int count) {
    }

    /** A severity and how many findings have it. */
    public record Count(String severity, int count) {
    }

    /** A file findings point into; {@code token} names it in data-document attributes and the filter. */
    public record FileRow(String token, String path, int errors, int warnings, int info) {
        public int total() {
            return errors + warnings + info;
        }
    }

    /** The findings of one severity, under a heading ("Errors"). */
    public record Group(String heading, String severity, List<FindingView> findings) {
    }

    /** One finding; {@code documents} is the space-separated tokens of the files it points into. */
    public record FindingView(int number, String rule, String severity, String message, String documents,
            List<EvidenceView> evidence, List<ClaimRef> claims, String fix, DisputeRef dispute) {
        public String id() {
            return "finding-" + number;
        }

        /** At most this many pieces of evidence stand side by side; more are a list. */
        static final int SIDE_BY_SIDE = 3;

        /** Two or three pieces of evidence (conflicting claims) stand side by side. */
        public boolean sideBySide() {
            return evidence.size() > 1 && evidence.size() <= SIDE_BY_SIDE;
        }
    }

    /**
     * A piece of evidence in a source: its place, a link to it in the document's text (or null), its paragraph
     * split around the located text, and the claim entries of the finding that quote exactly this text.
     */
    public record EvidenceView(String place, String href, String before, String marked, String after,
            List<ClaimRef> claims) {
    }

    /** A claim-file entry: its text (the claim id), its place, and what the claim says (or null). */
    public record ClaimRef(String text, String place, String says) {
    }

    /** The open dispute that acknowledges a finding: its anchor, id, status, topic and positions' stances. */
    public record DisputeRef(String anchor, String id, String status, String topic, List<String> positions) {
    }

    /**
     * A dispute in full: who says what (a row per quote of each claim it is about), its positions and outcome;
     * {@code anchor} is its element id.
     */
    public record DisputeSection(String anchor, String id, String status, String topic, List<SaidRow> said,
            List<String> findings, List<PositionView> positions, String outcome) {
    }

    /** One row of the who-says-what table: a claim (with its rank, or null), what it says, a source and its quote. */
    public record SaidRow(String claim, String rank, String says, String source, String place, String quote) {
    }

    /** A position: its stance, author and date, argument, basis (or null) and quotes ("source: quote"). */
    public record PositionView(String stance, String author, String date, String argument, String basis,
            List<String> sources) {
    }

    /** A source's whole text as rows, with a note when the text was cut to bound the report's size. */
    public record DocumentView(String token, String id, String path, String title, String note, List<Row> rows) {
    }

    /** A line of the text: its line in the file, the page it starts (PDF, or null), its pieces and notes. */
    public record Row(int line, String page, List<Segment> segments, List<Note> notes) {
    }

    /**
     * A piece of a line: plain text when {@code cls} is null, else marked with classes {@code q} (a quote),
     * {@code m} (a marker) and {@code e} (a finding's evidence); {@code anchors} are the ids of the spans that
     * start here and {@code title} describes them.
     */
    public record Segment(String text, String cls, List<String> anchors, String title) {
    }

    /** A note beside a line: a quote's claim or a finding, linking to the span or to the finding. */
    public record Note(String cls, String href, String finding, String head, String body) {
    }
}
