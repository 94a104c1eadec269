package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISBN-10 and ISBN-13 as printed in references ({@code ISBN 99929-0-627-8}): reduced to digits, and checked,
 * because a mistyped ISBN points at another book or none, which is worth reporting rather than trusting.
 */
public final class Isbn {
    /** The label an entry presents an ISBN with: "ISBN", "ISBN-13", "ISBN 10:". */
    private static final Pattern LABEL = Pattern.compile("\\bISBN(?:[- ]?1[03])?\\s*:?\\s*(?=[\\dXx])");
    /** One group of digits, and the hyphen or space (or line break, where a page wrapped it) before the next. */
    private static final Pattern GROUP = Pattern.compile("[\\dXx]{1,13}(?:(?:[-‐‑–]\\s?|\\s)(?=[\\dXx]))?");

    private Isbn() {
    }

    /**
     * One ISBN as an entry prints it after its label: {@code digits} are its 10 or 13 characters, or all the
     * digits read when no prefix of them has an ISBN's length (a mistyped or truncated ISBN).
     */
    public record Printed(String text, String digits, int start, int end) {
        public boolean hasLength() {
            return digits.length() == 10 || digits.length() == 13 && digits.matches("97[89]\\d{10}");
        }
    }

    /**
     * Every ISBN the text presents with its label. Groups of digits are read while they may still belong to the
     * number (13 digits at most); the longest reading of ISBN length wins, a 13-digit one only with its 978 or
     * 979 prefix, so that a year or page number printed after a 10-digit ISBN is left out.
     */
    public static List<Printed> printed(String s) {
        List<Printed> out = new ArrayList<>();
        Matcher label = LABEL.matcher(s);
        while (label.find()) {
            Matcher g = GROUP.matcher(s).region(label.end(), s.length());
            StringBuilder digits = new StringBuilder();
            int end = label.end(), fit = -1, fitEnd = -1;
            while (g.lookingAt() && digits.length() < 13) {
                String group = g.group().replaceAll("[^\\dXx]", "");
                if (digits.length() + group.length() > 13) break;
                digits.append(group);
                end = g.start() + group.length();
                int n = digits.length();
                if (n == 10 || n == 13 && digits.toString().matches("97[89].*")) {
                    fit = n;
                    fitEnd = end;
                }
                g.region(g.end(), s.length());
            }
            if (fit > 0) end = fitEnd;
            String text = s.substring(label.end(), end);
            String read = fit > 0 ? digits.substring(0, fit) : digits.toString();
            out.add(new Printed(text, read.toUpperCase(java.util.Locale.ROOT), label.end(), end));
        }
        return out;
    }

    /** The check digit the other digits of a 10- or 13-digit ISBN call for. */
    public static char expectedCheckDigit(String digits) {
        int n = digits.length(), sum = 0;
        for (int i = 0; i < n - 1; i++) {
            int value = digits.charAt(i) == 'X' ? 10 : digits.charAt(i) - '0';
            sum += n == 10 ? (10 - i) * value : value * (i % 2 == 0 ? 1 : 3);
        }
        int check = n == 10 ? (11 - sum % 11) % 11 : (10 - sum % 10) % 10;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The digits (and a final X) of a 10- or 13-character ISBN, or empty when the text has another length. */
    public static Optional<String> normalize(String printed) {
        String digits = printed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        boolean shape = digits.matches("\\d{9}[\\dX]") || digits.matches("97[89]\\d{10}");
        return shape ? Optional.of(digits) : Optional.empty();
    }

    /** Whether normalized digits carry a correct check digit (mod 11 for ISBN-10, mod 10 weighted 1,3 for ISBN-13). */
    public static boolean isValid(String digits) {
        if (digits.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                int value = c == 'X' ? 10 : c - '0';
                if (c == 'X' && i != 9) return false;
                sum += (10 - i) * value;
            }
            return sum % 11 == 0;
        }
        if (digits.length() == 13 && digits.chars().allMatch(Character::isDigit)) {
            int sum = 0;
            for (int i = 0; i < 13; i++) sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            return sum % 10 == 0;
        }
        return false;
    }
}
