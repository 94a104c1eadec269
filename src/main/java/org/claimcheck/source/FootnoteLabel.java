package org.claimcheck.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.cite.Reference;

/**
 * What a footnote link's label says: "[12]" is 12 of the main list, "[n 3]" and "[theGroup 1]" are numbers of a
 * named group, "[a]" … "[zz]" count in a lettered group (Wikipedia's {@code {{efn}}} notes). A label in some
 * other numbering (a wiki's own link labels) has no number here: its entry's place gives one.
 *
 * @param group  the list the label names, or null when the label does not say
 * @param number the number it shows, or 0
 */
record FootnoteLabel(String group, int number) {
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})");
    private static final Pattern GROUPED = Pattern.compile("(\\S.{0,40}?)\\s+(\\d{1,4})");
    private static final Pattern LOWER = Pattern.compile("[a-z]{1,2}");
    private static final Pattern UPPER = Pattern.compile("[A-Z]{1,2}");

    static FootnoteLabel parse(String label, String groupAttribute) {
        String s = label.strip();
        if (s.startsWith("[") && s.endsWith("]") && s.length() >= 2) s = s.substring(1, s.length() - 1).strip();
        String group = groupAttribute == null || groupAttribute.isEmpty() ? null : groupAttribute;
        if (NUMBER.matcher(s).matches()) return new FootnoteLabel(group == null ? Reference.MAIN : group, Integer.parseInt(s));
        Matcher m = GROUPED.matcher(s);
        if (m.matches()) return new FootnoteLabel(group == null ? m.group(1) : group, Integer.parseInt(m.group(2)));
        if (LOWER.matcher(s).matches()) return new FootnoteLabel(group == null ? "lower-alpha" : group, letters(s, 'a'));
        if (UPPER.matcher(s).matches()) return new FootnoteLabel(group == null ? "upper-alpha" : group, letters(s, 'A'));
        return new FootnoteLabel(group, 0);
    }

    /** a = 1 … z = 26, aa = 27 …, as list-style-type lower-alpha counts. */
    private static int letters(String s, char a) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) n = n * 26 + (s.charAt(i) - a + 1);
        return n;
    }
}
