package org.claimcheck.text;

import java.util.Locale;

/**
 * When two written name tokens are one name spelled two ways: a letter-case slip ("TSerendorj", "Tserendorj")
 * or a small misspelling ("Danazn", "Danzan"), but not an inflection ("Mongol", "Mongols") and not two names
 * that merely share letters ("Eastern", "Western": misspellings keep the first letter), and not the capital of a
 * sentence start or a title ("Treaty", "treaty"), an ALL-CAPS heading ("EUROPEAN", "European") or an
 * abbreviation beside a word of the same letters ("MoST", China's Ministry of Science and Technology, and "Most").
 */
public final class NameSimilarity {
    private NameSimilarity() {
    }

    public static boolean sameNameMisspelled(String a, String b) {
        if (a.equals(b) || a.length() < 4 || b.length() < 4) return false;
        if (a.equalsIgnoreCase(b)) return isCaseSlip(a, b);
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        if (la.charAt(0) != lb.charAt(0) || la.startsWith(lb) || lb.startsWith(la)) return false;
        int shorter = Math.min(la.length(), lb.length());
        if (shorter < 6) return false;
        int allowed = shorter >= 9 ? 2 : 1;
        return EditDistance.osa(la, lb) <= allowed;
    }

    /** Same letters, different case inside the word, neither written in capitals throughout or mostly. */
    private static boolean isCaseSlip(String a, String b) {
        return !a.substring(1).equals(b.substring(1)) && !isAllCaps(a) && !isAllCaps(b)
                && !isAbbreviation(a) && !isAbbreviation(b);
    }

    /**
     * Capitals for at least half the letters: the initials of words, with the small words in lower case ("MoST",
     * "DfES", "GmbH"), which a slip of the hand on a word does not produce ("TSerendorj", "MCDonald", "JavaScript").
     */
    private static boolean isAbbreviation(String word) {
        return word.chars().filter(Character::isUpperCase).count() * 2 >= word.length();
    }

    private static boolean isAllCaps(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }
}
