package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words of a text that can be a misspelling of a given word ({@code NameSimilarity.sameNameMisspelled}), found
 * by key instead of by comparing the word with every word: such a word either equals it ignoring case, or starts
 * with the same letter and differs in length by at most two (it is at most two edits away). Candidates come back
 * in the order the words were given, so that findings keep their order.
 */
final class SimilarWords {
    private final List<String> words;
    private final Map<String, List<Integer>> byFold = new HashMap<>();
    private final Map<String, List<Integer>> byStart = new HashMap<>();

    SimilarWords(List<String> words) {
        this.words = words;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            byFold.computeIfAbsent(fold(w), k -> new ArrayList<>()).add(i);
            String lower = w.toLowerCase(Locale.ROOT);
            byStart.computeIfAbsent(start(lower, lower.length()), k -> new ArrayList<>()).add(i);
        }
    }

    /** The words that may be the word misspelled (a superset: the caller still compares each). */
    List<String> candidates(String word) {
        TreeSet<Integer> found = new TreeSet<>(byFold.getOrDefault(fold(word), List.of()));
        String lower = word.toLowerCase(Locale.ROOT);
        for (int len = lower.length() - 2; len <= lower.length() + 2; len++) {
            found.addAll(byStart.getOrDefault(start(lower, len), List.of()));
        }
        return found.stream().map(words::get).toList();
    }

    private static String start(String lower, int length) {
        return lower.isEmpty() ? "" : lower.charAt(0) + ":" + length;
    }

    /** Letter case folded code point by code point, as String.equalsIgnoreCase compares. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return b.toString();
    }
}
