package org.claimcheck.cite;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a bracket or parenthesis of numbers is code or mathematics rather than a citation: beside an operator
 * ({@code x ∈ [1, 5]}, {@code t = (3)}), or on a line of a code listing ({@code buffer[3] = 0;}). One context
 * serves one scan, whose offsets rise: each line is judged once, so a scan stays linear however many groups a
 * line holds; looks along a line for single characters are bounded.
 */
final class MarkerContext {
    /** How far along a line single characters are looked for, each side. */
    private static final int REACH = 300;
    /** Characters that make the bracket an operand: relations, arithmetic, set membership, indexing. */
    private static final String OPERATORS = "=<>≤≥≈≠∈∉⊂⊆⊃∪∩×·*/+^_|→←↦∝∼~";
    /** Tokens that prose does not use and code does; "//" only outside URLs. */
    private static final Pattern CODE = Pattern.compile("==|!=|&&|\\|\\||\\+\\+|[+\\-*/]=|->|=>|::|:=|(?<!:)//|/\\*|\\*/"
            + "|#include|#define|[{}]|\\w\\([^()]*\\)\\s*;\\s*$|^\\s*(?:def|class|import|return|var|let|const|void|public"
            + "|private|static|function|printf?|elif)\\b.*[;:{)]\\s*$");

    private final CharSequence text;
    /** Whether the line starting at an offset holds a code token, for the lines looked at so far. */
    private final Map<Integer, Boolean> codeLines = new HashMap<>();
    private int lineStart = -1, lineEnd = -1;
    private boolean lineIsCode;

    MarkerContext(CharSequence text) {
        this.text = text;
    }

    /** Whether the group at {@code [start, end)} is an operand of a formula or stands on a line of code. */
    boolean codeOrFormula(int start, int end) {
        return OPERATORS.indexOf(before(text, start)) >= 0 || OPERATORS.indexOf(after(text, end)) >= 0 || inCodeListing(start);
    }

    /**
     * Whether the offset's line is code: it holds a token only code uses, or it ends a statement with ';' and is
     * indented as a listing or stands next to such a line (a listing's plain statements, {@code wait (748);}).
     */
    boolean inCodeListing(int offset) {
        if (offset < lineStart || offset > lineEnd) {
            lineStart = start(offset);
            lineEnd = end(offset);
            lineIsCode = code();
        }
        return lineIsCode;
    }

    private boolean code() {
        if (strong(lineStart)) return true;
        String line = text.subSequence(lineStart, lineEnd).toString();
        if (!line.strip().endsWith(";")) return false;
        if (line.startsWith("    ") || line.startsWith("\t")) return true;
        return lineStart > 0 && strong(start(lineStart - 1)) || lineEnd < text.length() && strong(lineEnd + 1);
    }

    private boolean strong(int start) {
        return codeLines.computeIfAbsent(start, s -> CODE.matcher(text.subSequence(s, end(s))).find());
    }

    private int start(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') i--;
        return i;
    }

    private int end(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n') i++;
        return i;
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

    /** Where the offset's line starts, looking back at most {@link #REACH} characters. */
    static int lineStart(CharSequence text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && offset - i < REACH) i--;
        return i;
    }
}
