package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOIs as entries present them ({@code doi:10.1103/PhysRevLett.13.321}, {@code https://doi.org/10.1000/182}):
 * found, checked for the shape every DOI has ("10." + a registrant of 4–9 digits + "/" + a suffix), and reduced to
 * one form for comparing, since DOIs are case-insensitive and printed with or without a resolver in front.
 */
public final class Doi {
    private static final String RESOLVER = "(?i:(?:https?://)?(?:dx\\.)?doi\\.org/)";
    /**
     * What announces a DOI: "doi" or "DOI" with a colon, "DOI" before a digit, a resolver's address, or a label
     * and an address ("DOI:http://dx.doi.org/10..."); not "Doi", which is a name ("Doi Inthanon").
     */
    private static final Pattern LABEL = Pattern.compile("(?:\\b(?:doi|DOI)\\s*:\\s*|\\bDOI\\s+(?=\\d))" + RESOLVER + "?|"
            + RESOLVER);
    private static final Pattern SHAPE = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
    private static final int MAX_LENGTH = 300;

    private Doi() {
    }

    /**
     * One DOI as printed, without the label and the punctuation that ends the sentence around it; {@code start}
     * and {@code end} are offsets in the scanned text. A line break right after a DOI cut short at its prefix
     * ("10.1016/", then the suffix on the next line) is a wrap, not part of the DOI's text.
     */
    public record Printed(String text, int start, int end) {
        public boolean wellFormed() {
            return SHAPE.matcher(text).matches();
        }

        /** The DOI in one form for comparing: lower case, as DOIs are case-insensitive. */
        public String normalized() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** Every DOI the text presents, in order. */
    public static List<Printed> find(String s) {
        List<Printed> out = new ArrayList<>();
        Matcher label = LABEL.matcher(s);
        int from = 0;
        while (from < s.length() && label.find(from)) {
            int start = label.end();
            int end = token(s, start);
            // a wrap inside the prefix or right after its slash: the next line carries the rest; a space before
            // a dot or slash ("10 .1007/...") is how garbled PDF text spaces punctuation, never how one types it
            while (end < s.length() && !SHAPE.matcher(joined(s, start, end)).matches()
                    && (wrapped(s, end) || spacedPunctuation(s, end))) {
                int next = end;
                while (next < s.length() && Character.isWhitespace(s.charAt(next))) next++;
                if (next >= s.length() || next - start > MAX_LENGTH) break;
                end = token(s, next);
            }
            end = trimEnd(s, start, end);
            out.add(new Printed(joined(s, start, end), start, end));
            from = Math.max(end, label.end() + 1);
        }
        return out;
    }

    /**
     * Why a printed DOI is not one, for messages: a comma for the dot, a registrant of the wrong length, no
     * suffix, a space inside. Null when it is well formed.
     */
    public static String problem(Printed doi, String context) {
        if (doi.wellFormed()) return null;
        String t = doi.text();
        if (t.isEmpty()) return "nothing follows the label";
        if (t.matches("10,.*")) return "a comma where \"10.\" needs a dot";
        // "10. 1088/...": the dot was taken for the sentence's, the rest stands after a space
        boolean prefixOnly = t.equals("10") && doi.end() < context.length() && context.charAt(doi.end()) == '.';
        if ((prefixOnly || t.matches(".*[./]")) && spaceThen(context, doi.end() + (prefixOnly ? 1 : 0))) {
            return "a space inside";
        }
        Matcher registrant = Pattern.compile("10\\.(\\d+)").matcher(t);
        if (!registrant.lookingAt()) return "it does not start with \"10.\"";
        int digits = registrant.group(1).length();
        if (digits < 4 || digits > 9) return "its registrant \"" + registrant.group(1) + "\" has " + digits + " digits, not 4–9";
        if (!t.contains("/")) return "no \"/\" and suffix after the prefix";
        if (t.endsWith("/")) return "no suffix after the \"/\"";
        return "it is not \"10.\" + registrant + \"/\" + suffix";
    }

    /** Whether spaces on the same line and then more text (the DOI's rest) follow the offset. */
    private static boolean spaceThen(String s, int at) {
        int i = at;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i > at && i < s.length() && !Character.isWhitespace(s.charAt(i));
    }

    private static String joined(String s, int start, int end) {
        return s.substring(start, end).replaceAll("\\s+", "");
    }

    private static int token(String s, int from) {
        int end = from;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && end - from < MAX_LENGTH) end++;
        return end;
    }

    /** Whether spaces and then a dot, slash or colon follow the offset. */
    private static boolean spacedPunctuation(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i > at && i < s.length() && "./:".indexOf(s.charAt(i)) >= 0;
    }

    /** Whether a line break (not a space) follows the offset: text extracted from a page wraps there. */
    private static boolean wrapped(String s, int at) {
        int i = at;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r');
    }

    /** The end without the sentence's closing punctuation or a bracket closed outside the DOI. */
    private static int trimEnd(String s, int start, int end) {
        while (end > start) {
            char c = s.charAt(end - 1);
            if (".,;:".indexOf(c) >= 0) end--;
            else if ((c == ')' || c == ']') && unbalanced(s.substring(start, end), c)) end--;
            else break;
        }
        return end;
    }

    private static boolean unbalanced(String t, char close) {
        char open = close == ')' ? '(' : '[';
        return t.chars().filter(ch -> ch == close).count() > t.chars().filter(ch -> ch == open).count();
    }
}
