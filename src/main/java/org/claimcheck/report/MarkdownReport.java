package org.claimcheck.report;

import static org.claimcheck.report.MarkdownText.code;
import static org.claimcheck.report.MarkdownText.escape;
import static org.claimcheck.report.MarkdownText.lineStart;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Severity;

/**
 * A report for people and pull-request comments: per severity, each finding under a short heading (its rule
 * and place) with the full message below, its evidence quoted in context with the quoted words in bold, the
 * claim entries involved and the fix. Three or more findings of one rule in one document (an editor's
 * nineteen "citation needed" marks) are one entry with a sub-heading per place, so the report reads by rule
 * and document. Documents are named by title; places link to the files when the reports lie inside the
 * workspace.
 */
public final class MarkdownReport implements Report {
    /** Findings of one rule in one document from this many on are one entry with a sub-heading each. */
    private static final int GROUP = 3;

    @Override
    public void write(Result result, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# claimcheck report\n\n");
        md.append("Checked ").append(result.scope()).append(": **").append(result.tally()).append("**.\n\n");
        if (!result.texts().isEmpty()) md.append("Set aside as not the work's text (page furniture, boilerplate):\n\n");
        for (SourceText t : result.texts()) {
            String title = result.titles().get(t.file());
            md.append("- ").append(title == null ? "" : escape(title) + " ").append("(").append(code(t.file())).append("): ")
                    .append(t.describe()).append('\n');
        }
        if (!result.texts().isEmpty()) md.append('\n');
        if (!result.findings().isEmpty()) {
            md.append("| rule | severity | findings |\n|---|---|---|\n");
            Map<String, Long> perRule = new TreeMap<>();
            Map<String, Severity> severity = new TreeMap<>();
            for (Finding f : result.findings()) {
                perRule.merge(f.rule(), 1L, Long::sum);
                severity.put(f.rule(), f.severity());
            }
            perRule.forEach((rule, n) -> md.append("| `").append(rule).append("` | ")
                    .append(severity.get(rule).id()).append(" | ").append(n).append(" |\n"));
            md.append('\n');
        }
        Places places = new Places(result.titles(), result.linkBase());
        int n = 0;
        for (Severity s : Severity.values()) {
            List<Finding> some = result.findings().stream().filter(f -> f.severity() == s).toList();
            if (some.isEmpty()) continue;
            md.append("## ").append(heading(s)).append(" (").append(some.size()).append(")\n\n");
            for (List<Finding> group : groups(some)) {
                Finding first = group.get(0);
                if (group.size() < GROUP) {
                    for (Finding f : group) {
                        md.append("### ").append(++n).append(". `").append(f.rule()).append("` in ")
                                .append(places.document(f.primary())).append(", ").append(places.line(f.primary()))
                                .append("\n\n");
                        entry(md, f, places, result.triage());
                    }
                    continue;
                }
                md.append("### ").append(++n).append(". `").append(first.rule()).append("` in ")
                        .append(places.document(first.primary())).append(": ").append(group.size())
                        .append(" findings\n\n");
                int i = 0;
                for (Finding f : group) {
                    md.append("#### ").append(n).append('.').append(++i).append(". ").append(places.line(f.primary()))
                            .append("\n\n");
                    entry(md, f, places, result.triage());
                }
            }
        }
        MarkdownDisputes.section(md, result.triage().disputes(), result.titles());
        if (!result.triage().fixed().isEmpty()) {
            md.append("## Fixed since the baseline (").append(result.triage().fixed().size()).append(")\n\n")
                    .append("No finding matches these baseline entries any more: remove them from the baseline.\n\n");
            for (Baseline.Entry e : result.triage().fixed()) {
                md.append("- `").append(e.rule()).append("` ").append(code(e.fingerprint())).append(": ")
                        .append(escape(e.message())).append('\n');
            }
            md.append('\n');
        }
        out.write(md.toString().replaceAll("\n{3,}", "\n\n"));
    }

    /** The full message, the places with their context, the claim entries and the fix of one finding. */
    private static void entry(StringBuilder md, Finding f, Places places, Baseline.Triage triage) {
        Baseline.Entry accepted = triage.entry(f);
        if (accepted != null) {
            md.append("**Baselined**: ").append(accepted.reason().isBlank() ? "no reason given"
                    : escape(accepted.reason())).append("\n\n");
        }
        if (triage.dispute(f) != null) MarkdownDisputes.note(md, triage.dispute(f));
        md.append(escape(f.message())).append("\n\n");
        for (Location l : f.locations()) md.append(places.item(l));
        if (f.fix() != null) md.append("\n**Fix:** ").append(escape(f.fix())).append('\n');
        md.append('\n');
    }

    /** Findings of one rule in one document, in the order of their first finding. */
    private static List<List<Finding>> groups(List<Finding> findings) {
        Map<List<String>, List<Finding>> byKind = new LinkedHashMap<>();
        for (Finding f : findings) {
            byKind.computeIfAbsent(List.of(f.rule(), f.primary().file()), k -> new ArrayList<>()).add(f);
        }
        return new ArrayList<>(byKind.values());
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    /** How places are named and linked: by document title, with the file and a link to its line. */
    private record Places(Map<String, String> titles, String linkBase) {

        /** "line 10", or "page 3" for a PDF. */
        String line(Location l) {
            return l.page() > 0 ? "page " + l.page() : "line " + l.line();
        }

        /** One list item: a source place with its context quoted, or a claim entry. */
        String item(Location l) {
            if (l.isClaimFile()) return "- claim file " + link(l) + ": " + escape(l.text()) + "\n";
            String page = l.page() > 0 ? ", page " + l.page() : "";
            return "- " + document(l) + " (" + link(l) + page + ")\n\n  > " + highlight(l) + "\n\n";
        }

        String document(Location l) {
            String title = titles.get(l.file());
            return escape(Objects.requireNonNullElse(title, l.file()));
        }

        /** The place as a code span, linked to the file (and its line where the file's view has line anchors). */
        private String link(Location l) {
            String shown = code(l.toString());
            if (linkBase == null) return shown;
            String lower = l.file().toLowerCase(java.util.Locale.ROOT);
            boolean lines = java.util.stream.Stream.of(".txt", ".html", ".htm", ".yaml", ".yml", ".json")
                    .anyMatch(lower::endsWith);
            return "[" + shown + "](" + linkBase + MarkdownText.linkTarget(l.file()) + (lines ? "#L" + l.line() : "") + ")";
        }

        /** The context with the located text in bold (the text is inside the context by construction). */
        private static String highlight(Location l) {
            if (l.text().isEmpty()) return lineStart(escape(l.context()));
            int at = l.context().indexOf(l.text());
            if (at < 0) return "**" + escape(l.text()) + "**";
            return lineStart(escape(l.context().substring(0, at)) + "**" + escape(l.text()) + "**"
                    + escape(l.context().substring(at + l.text().length())));
        }
    }
}
