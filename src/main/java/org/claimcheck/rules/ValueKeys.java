package org.claimcheck.rules;

import org.claimcheck.claim.Value;

/**
 * A key for grouping values before comparing them: two values that are compatible ({@link Value#compatibleWith})
 * always have the same key, so a rule compares only values within one key instead of all pairs. The key is
 * coarser than compatibility where that is simplest (a date's year), never finer.
 */
final class ValueKeys {
    private ValueKeys() {
    }

    static String of(Value value) {
        if (value instanceof Value.Entity e) return "e:" + e.id();
        // dates overlap only within one year (every date has at least a year)
        if (value instanceof Value.Date d) return "d:" + d.date().year();
        if (value instanceof Value.Number n) {
            return "n:" + n.amount().stripTrailingZeros().toPlainString() + ":" + (n.unit() == null ? "\u0000" : "u" + n.unit());
        }
        if (value instanceof Value.Text t) return "t:" + t.text().length() + ":" + folded(t.text());
        return "?";
    }

    /**
     * The text with letter case folded as {@link String#equalsIgnoreCase} compares it, char by char; a text with
     * surrogate pairs (compared by code point there) is not folded, its length alone keys it.
     */
    private static String folded(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) return "";
            b.append(Character.toLowerCase(Character.toUpperCase(c)));
        }
        return b.toString();
    }
}
