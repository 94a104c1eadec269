package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Severity;

/**
 * A report for people (editors, pull-request comments): each finding with its evidence quoted in source
 * context, the quoted words in bold, then the claim entries involved.
 */
public final class MarkdownReport implements Report {

    @Override
    public void write(Result result, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# claimcheck report\n\n");
        md.append("Checked ").append(result.scope()).append(": **").append(result.tally()).append("**.\n\n");
        if (!result.texts().isEmpty()) md.append("Set aside as not the work's text (page furniture, boilerplate):\n\n");
        for (SourceText t : result.texts()) md.append("- ").append(code(t.file())).append(": ").append(t.describe()).append('\n');
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
        int n = 0;
        for (Severity s : Severity.values()) {
            List<Finding> some = result.findings().stream().filter(f -> f.severity() == s).toList();
            if (some.isEmpty()) continue;
            md.append("## ").append(heading(s)).append(" (").append(some.size()).append(")\n\n");
            for (Finding f : some) {
                md.append("### ").append(++n).append(". `").append(f.rule()).append("`: ").append(escape(f.message()))
                        .append("\n\n");
                for (Location l : f.locations()) {
                    if (l.isClaimFile()) {
                        md.append("- claim file ").append(code(l.toString())).append(": ").append(escape(l.text())).append('\n');
                    } else {
                        md.append("- source ").append(code(l + (l.page() > 0 ? " (page " + l.page() + ")" : "")))
                                .append("\n\n  > ").append(highlight(l)).append("\n\n");
                    }
                }
                if (f.fix() != null) md.append("\n**Fix:** ").append(escape(f.fix())).append('\n');
                md.append('\n');
            }
        }
        out.write(md.toString().replaceAll("\n{3,}", "\n\n"));
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    /** The context with the located text in bold (the text is inside the context by construction). */
    private static String highlight(Location l) {
        if (l.text().isEmpty()) return lineStart(escape(l.context()));
        int at = l.context().indexOf(l.text());
        if (at < 0) return "**" + escape(l.text()) + "**";
        return lineStart(escape(l.context().substring(0, at)) + "**" + escape(l.text()) + "**"
                + escape(l.context().substring(at + l.text().length())));
    }

    /** A quoted line that starts like a list item or a rule ("2. Franco L…", "- ", "+ ") is kept as text. */
    private static String lineStart(String s) {
        java.util.regex.Matcher m = LIST_START.matcher(s);
        return m.lookingAt() ? s.substring(0, m.end(1)) + "\\" + s.substring(m.end(1)) : s;
    }

    private static final java.util.regex.Pattern LIST_START = java.util.regex.Pattern.compile("(\\d{1,9}|)[.)+=-](?=\\s|$)");

    /**
     * A code span for a place (a file name is input): its fence is longer than any run of backticks inside, so
     * a backtick in the name cannot close it, and nothing in a code span is markup; line breaks become spaces.
     */
    static String code(String s) {
        String flat = s.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int longest = 0;
        for (int i = 0, run = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /**
     * Input as inert Markdown text: every character Markdown or HTML gives a meaning (emphasis, code, links,
     * images, tags, entities, table cells, headings) escaped, and line breaks and other controls made spaces,
     * so that nothing from a source or claim file becomes markup in a pull-request comment.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '&') out.append("&amp;");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') out.append(' ');
            else {
                if ("\\`*_[]<>#|~".indexOf(c) >= 0) out.append('\\');
                out.append(c);
            }
        }
        return out.toString();
    }
}
