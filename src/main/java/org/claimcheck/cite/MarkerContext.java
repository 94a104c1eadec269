package org.claimcheck.cite;

import java.util.regex.Pattern;

/**
 * Where a bracket or parenthesis of numbers is code or mathematics rather than a citation: beside an operator
 * ({@code x ∈ [1, 5]}, {@code t = (3)}), or on a line of a code listing ({@code buffer[3] = 0;}). Every look is
 * bounded to a stretch of the line around the offset, so that scanning stays linear on text without line breaks.
 */
final class MarkerContext {
    /** How far along a line the context is read, each side. */
    private static final int REACH = 300;
    /** Characters that make the bracket an operand: relations, arithmetic, set membership, indexing. */
    private static final String OPERATORS = "=<>≤≥≈≠∈∉⊂⊆⊃∪∩×·*/+^_|→←↦∝∼~";
    /** Tokens that prose does not use and code does; "//" only outside URLs. */
    private static final Pattern CODE = Pattern.compile("==|!=|&&|\\|\\||\\+\\+|[+\\-*/]=|->|=>|::|:=|(?<!:)//|/\\*|\\*/"
            + "|#include|#define|[{}]|\\w\\([^()]*\\)\\s*;\\s*$|^\\s*(?:def|class|import|return|var|let|const|void|public"
            + "|private|static|function|printf?|elif)\\b.*[;:{)]\\s*$");

    private MarkerContext() {
    }

    /** Whether the group at {@code [start, end)} is an operand of a formula or stands on a line of code. */
    static boolean codeOrFormula(CharSequence text, int start, int end) {
        return OPERATORS.indexOf(before(text, start)) >= 0 || OPERATORS.indexOf(after(text, end)) >= 0
                || inCodeListing(text, start);
    }

    /** The nearest character before an offset that is not a space or tab, or a newline at a line start. */
    static char before(CharSequence text, int offset) {
        for (int i = offset - 1; i >= Math.max(0, offset - REACH); i--) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') return c;
        }
        return '\n';
    }

    /** The nearest character from an offset on that is not a space or tab, or a newline at a line end. */
    static char after(CharSequence text, int offset) {
        for (int i = offset; i < Math.min(text.length(), offset + REACH); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') return c;
        }
        return '\n';
    }

    /**
     * Whether the offset's line is code: it holds a token only code uses, or it ends a statement with ';' and is
     * indented as a listing or stands next to such a line (a listing's plain statements, {@code wait (748);}).
     */
    static boolean inCodeListing(CharSequence text, int offset) {
        int start = lineStart(text, offset), end = lineEnd(text, offset);
        String line = text.subSequence(start, end).toString();
        if (CODE.matcher(line).find()) return true;
        if (!line.strip().endsWith(";")) return false;
        if (line.startsWith("    ") || line.startsWith("\t")) return true;
        boolean previous = start > 0 && CODE.matcher(text.subSequence(lineStart(text, start - 1), start - 1)).find();
        return previous || end < text.length() && CODE.matcher(text.subSequence(end + 1, lineEnd(text, end + 1))).find();
    }

    static int lineStart(CharSequence text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && offset - i < REACH) i--;
        return i;
    }

    static int lineEnd(CharSequence text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && i - offset < REACH) i++;
        return i;
    }
}
