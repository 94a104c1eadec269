package org.claimcheck.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of an entry, read from the text after its authors (and date): a quoted title is taken whole; an
 * unquoted one runs to the sentence end, to a parenthesis of publication facts, or, in styles that close the
 * author list with a comma ("Morris Rossabi, Modern Mongolia ... (University of California Press, 2005)"), to
 * the next comma. A lead of abbreviations and a volume ("Nucl. Phys. B 195, 503") is a journal, not a title.
 *
 * @param container set only when the lead turned out to be a journal; after is the text past the title
 */
record TitleSplit(String title, String container, String after) {
    private static final String QUOTES = "\"“”«»";
    /** British single quotes: 'Towards elegant parameters', closed by a quote before punctuation or a space. */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("['‘](.+?)['’](?=[\\s,.;:]|$)");
    /**
     * A journal lead, bounded: an unbounded lazy group overflows the stack on a long run of capitalised words.
     * Each word is taken whole (possessive): a word could otherwise end at any of its capitals, and a run of 30
     * capitals had billions of ways to split into ten words (found by fuzzing: one entry stopped the check).
     */
    private static final Pattern JOURNAL_VOLUME = Pattern.compile("^((?:\\p{Lu}[\\p{L}&]*+\\.?\\s*+){1,10}?)\\s*(?:\\p{Lu}\\s+)?"
            + "(?:[Vv]ol\\.\\s*)?\\d+\\s*(?:\\(\\d+\\))?\\s*[,:(]");
    /** A parenthesis that holds publication facts: "(University of California Press, 2005)", "(5th ed.)". */
    private static final Pattern FACTS = Pattern.compile("(?:\\s|(?<=\\)))\\((?=[^()]*[,:]|[^()]*(?i:\\beds?\\.|edition)|\\d{4}\\))");

    /**
     * IOP's unpunctuated style runs the title into an abbreviated journal, its volume and first page ("Title of
     * paper J. Phys. G 12 34"): two or more abbreviations then two numbers start the container.
     */
    private static final Pattern RUN_IN_JOURNAL = Pattern.compile(
            "\\s((?:\\p{Lu}\\p{L}{0,11}\\.:?\\s?){2,6}(?:\\p{Lu}:?\\s)?)\\d+[\\s,]+\\p{Lu}?\\d+(?!\\p{L})");

    /**
     * In comma style a field after the title starts with a capital or a number ("..., Phys. Rev. Lett."), or is
     * the book that holds it ("..., in Book Title").
     */
    private static final Pattern NEXT_FIELD = Pattern.compile(",\\s+(?=[\\p{Lu}\\d]|[Ii]n:?\\s+\\p{Lu})");

    static TitleSplit of(String rest, char stop) {
        String r = rest.replaceFirst("^[\\s.,:;)\\]]+", "");
        if (r.startsWith("``") && r.indexOf("''", 2) > 2) { // LaTeX's quotes: ``Message Authentication,''
            int close = r.indexOf("''", 2);
            return new TitleSplit(trim(r.substring(2, close)), null, r.substring(close + 2));
        }
        if (!r.isEmpty() && QUOTES.indexOf(r.charAt(0)) >= 0) {
            int close = indexOfAny(r, 1);
            // A quoted phrase that the title goes on from ("“Like” and language ideology") is not the title.
            // IEEE closes a title with a comma inside the quotes and goes on with "in" ("“Title,” in Proc.").
            boolean phrase = close > 1 && r.substring(close + 1).matches("(?s)\\s+(?!in\\b)\\p{Ll}.*")
                    && !r.substring(1, close).matches("(?s).*[,.;:!?]\\s*");
            if (close > 1 && !phrase) return new TitleSplit(trim(r.substring(1, close)), null, r.substring(close + 1));
        }
        Matcher single = SINGLE_QUOTED.matcher(r);
        if (single.lookingAt()) return new TitleSplit(trim(single.group(1)), null, r.substring(single.end()));
        Matcher journal = JOURNAL_VOLUME.matcher(r);
        if (journal.find() && journal.group(1).contains(".") && journal.group(1).strip().contains(" ")) {
            return new TitleSplit(null, trim(journal.group(1)), r.substring(journal.end(1)));
        }
        int end = Sentences.end(r, 0);
        Matcher facts = FACTS.matcher(r);
        if (facts.find() && facts.start() < end) end = facts.start();
        Matcher comma = NEXT_FIELD.matcher(r);
        if (stop == ',' && comma.find() && comma.start() < end) end = comma.start();
        Matcher runIn = RUN_IN_JOURNAL.matcher(r).region(0, end);
        if (runIn.find()) {
            return new TitleSplit(trim(r.substring(0, runIn.start())), trim(runIn.group(1)), r.substring(runIn.end(1)));
        }
        // A title that runs to the end of the entry does not take the year after its comma ("Compression ..., 1978.").
        String title = trim(r.substring(0, end));
        if (end == r.length() || r.substring(end).matches("[.\\s]*")) title = trim(title.replaceFirst(",\\s*\\d{4}[a-z]?$", ""));
        return new TitleSplit(title.isEmpty() ? null : title, null, r.substring(end));
    }

    private static int indexOfAny(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (QUOTES.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** Strips the spaces and trailing separators a field keeps from the entry ("Funds," → "Funds"). */
    static String trim(String s) {
        return s.strip().replaceAll("[\\s,.;:]+$", "").strip();
    }
}
