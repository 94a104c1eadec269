package org.claimcheck.cite;

import java.util.Optional;

/**
 * ISBN-10 and ISBN-13 as printed in references ({@code ISBN 99929-0-627-8}): reduced to digits, and checked,
 * because a mistyped ISBN points at another book or none, which is worth reporting rather than trusting.
 */
public final class Isbn {
    private Isbn() {
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
