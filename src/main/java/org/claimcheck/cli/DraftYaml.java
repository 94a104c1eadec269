package org.claimcheck.cli;

import java.util.List;
import org.claimcheck.coverage.Draft;
import org.claimcheck.source.Document;

/** A drafted claims file as YAML that the claims loader accepts as it stands. */
final class DraftYaml {
    private DraftYaml() {
    }

    static String render(Document doc, List<Draft.Sketch> sketches, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# yaml-language-server: $schema=schema/claims.schema.json\n");
        b.append("# Drafted by '").append(comment(command)).append("' from ").append(comment(doc.path())).append(":\n");
        b.append("# one claim per sentence of the article text that carries a date, a number, a marker or a name of the\n");
        b.append("# vocabulary. Each quote is the sentence as the source has it; cites are the markers it carries.\n");
        b.append("# To do: say what each claims ('says'), add its 'assert' (see README, 'Claims'), cut the quote to the\n");
        b.append("# words that say it, and delete the claims not worth recording.\n");
        b.append("claims:\n");
        for (Draft.Sketch s : sketches) {
            b.append("  # line ").append(s.line());
            if (!s.dates().isEmpty()) b.append("; dates: ").append(comment(String.join(", ", s.dates())));
            if (!s.numbers().isEmpty()) b.append("; numbers: ").append(comment(String.join(", ", s.numbers())));
            if (!s.entities().isEmpty()) b.append("; names: ").append(String.join(", ", s.entities()));
            b.append('\n');
            b.append("  - id: ").append(s.id()).append('\n');
            b.append("    says: \"TODO: the claim in plain words\"\n");
            b.append("    # assert: {subject: ").append(s.entities().isEmpty() ? "?" : s.entities().get(0))
                    .append(", property: ?, value: ?}\n");
            b.append("    sources:\n");
            b.append("      - source: ").append(doc.id()).append('\n');
            b.append("        quote: ").append(quoted(s.quote())).append('\n');
            if (s.occurrence() > 0) b.append("        occurrence: ").append(s.occurrence()).append('\n');
            if (!s.cites().isEmpty()) b.append("        cites: ").append(s.cites()).append('\n');
            b.append('\n');
        }
        return b.toString();
    }

    /** A YAML double-quoted scalar: backslash, quote and every control or line-breaking character escaped. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || Character.isSurrogate(c) && !validPair(s, i)) {
                b.append(String.format("\\u%04X", (int) c));
            } else b.append(c);
        }
        return b.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Text in a comment: on one line. */
    private static String comment(String s) {
        return s.replaceAll("[\\p{Cntrl}\u2028\u2029]", " ");
    }
}
