package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric citations in parentheses, {@code (3)}, {@code (3, 5)}, {@code (3–5)}, as Vancouver-style journals print
 * them. Parentheses hold many other numbers, so a group is a candidate only where it reads as a citation: not a
 * call or index ({@code sleep(748)}), not in a formula or code listing, not an equation number ending its line
 * ({@code E = mc² (1)}), not a reference to an equation or figure ({@code Eq. (3)}), not an enumeration
 * ({@code were: (1) age, (2) sex}), not a table cell ({@code 12 (34)}). Whether the candidates are citations at
 * all is decided for the whole list by {@link #accept}.
 */
final class ParenMarkers {
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{1,60})\\)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s*$");
    /** Words after which a parenthesised number names a part of the work itself, not a cited one. */
    private static final Set<String> REFERRING = Set.of("eq", "eqs", "equation", "equations", "formula", "formulas",
            "fig", "figs", "figure", "figures", "table", "tables", "step", "steps", "panel", "panels", "theorem",
            "lemma", "proposition", "corollary", "definition", "section", "chapter", "appendix", "condition",
            "conditions", "constraint", "constraints", "inequality", "inequalities", "expression", "expressions",
            "hypothesis", "axiom", "item", "items");
    /** Words that join an enumeration's items or a list of equation references. */
    private static final Set<String> JOINING = Set.of("and", "or", "to", "through", "then");
    /** A candidate must be within these: lists of more entries are rare, and years are never citations. */
    private static final int MAX_NUMBER = 999;
    /** Share of candidate groups that must fall in the list's range, and share of the list they must cover. */
    private static final double IN_RANGE = 0.75, COVER = 0.5;

    private ParenMarkers() {
    }

    /**
     * The candidate groups between two offsets, each as its markers (one per number, spanning the group); a
     * group glued to a candidate before it is one too ({@code (2)(6)}).
     */
    static List<List<Marker>> candidates(CharSequence text, int from, int to) {
        List<List<Marker>> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text).region(from, to);
        int rejectedEnd = -1, acceptedEnd = -1;
        MarkerContext context = new MarkerContext(text);
        while (m.find()) {
            MarkerScanner.Group g = MarkerScanner.group(m.group(1), m.start(), m.end());
            boolean fits = g != null && g.numbers().stream().allMatch(n -> n <= MAX_NUMBER);
            boolean run = m.start() == acceptedEnd;
            if (!fits || !run && notCitation(text, context, m.start(), m.end(), rejectedEnd, g.numbers().size() == 1)) {
                if (fits) rejectedEnd = m.end();
                continue;
            }
            acceptedEnd = m.end();
            out.add(g.numbers().stream().map(n -> new Marker(n, g.start(), g.end())).toList());
        }
        return out;
    }

    private static boolean notCitation(CharSequence text, MarkerContext context, int start, int end, int rejectedEnd,
            boolean single) {
        char glued = start > 0 ? text.charAt(start - 1) : '\n';
        char before = MarkerContext.before(text, start), after = MarkerContext.after(text, end);
        char next = end < text.length() ? text.charAt(end) : '\n';
        if (Character.isLetterOrDigit(glued) || glued == '_' || glued == ')' || glued == ']') return true;
        if (Character.isDigit(before) || Character.isLetterOrDigit(next) || next == '%' || after == '%') return true;
        if (next == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) return true;
        if (context.codeOrFormula(start, end)) return true;
        String word = wordBefore(text, start);
        if (REFERRING.contains(word)) return true;
        boolean joined = JOINING.contains(word) || before == '&';
        if (joined && rejectedEnd >= 0 && start - rejectedEnd <= 12) return true;
        boolean enumerates = before == ':' || before == ',' || before == ';' || joined
                || before == '\n' && ":;.\n".indexOf(MarkerContext.before(text, MarkerContext.lineStart(text, start) - 1)) >= 0;
        return enumerates && Character.isLetter(after) || single && after == '\n' && equationNumber(text, start);
    }

    /**
     * A single number ending its line after a formula, set apart by a wide gap, or after nothing but punctuation
     * (a displayed formula's lines come before it: {@code , (1)}).
     */
    private static boolean equationNumber(CharSequence text, int start) {
        int lineStart = MarkerContext.lineStart(text, start);
        String line = text.subSequence(lineStart, start).toString();
        return line.codePoints().noneMatch(Character::isLetter) || line.endsWith("  ") || line.endsWith("\t") || line.matches(".*[=<>≤≥≈∝∑∫].*");
    }

    private static String wordBefore(CharSequence text, int start) {
        int from = Math.max(0, start - 40);
        Matcher w = WORD_BEFORE.matcher(text.subSequence(from, start));
        return w.find() ? w.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The candidates of one list that count as its citations: all that fall in the list's range, when most
     * candidates do and together they cite much of the list; none otherwise (the parentheses hold other numbers).
     */
    static List<Marker> accept(List<List<Marker>> candidates, List<Reference> entries, String list) {
        if (candidates.isEmpty() || entries.isEmpty()) return List.of();
        int max = entries.stream().mapToInt(Reference::number).max().orElse(0);
        List<List<Marker>> in = candidates.stream().filter(g -> g.stream().allMatch(m -> m.number() <= max)).toList();
        long cited = in.stream().flatMap(List::stream).mapToInt(Marker::number).distinct().count();
        if (in.size() < IN_RANGE * candidates.size() || cited < Math.max(2, COVER * entries.size())) return List.of();
        return in.stream().flatMap(List::stream).map(m -> m.inList(list)).toList();
    }
}
