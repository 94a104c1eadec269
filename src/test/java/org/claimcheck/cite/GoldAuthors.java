package org.claimcheck.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a labelled author field into names, independently of {@link AuthorScanner}, so that the count the
 * parser is scored against is not produced by the code under test. Commas separate names and also family
 * from given names ("Bergk, V., Haefeli, W. E."): a piece that is only initials, a suffix, or a given name
 * after a lone family name is joined to the piece before it.
 */
final class GoldAuthors {
    private GoldAuthors() {
    }

    static List<String> split(String field) {
        String s = field.replaceAll("(?i),?\\s*(et\\.?\\s*al\\.?|and others)", "").replaceAll("[\\s,;.:]+$", "")
                .replaceFirst("^(?i)by\\s+", "").strip();
        if (s.isEmpty()) return List.of();
        String[] pieces = s.contains(";") ? s.split("\\s*;\\s*(?:(?:and|&)\\s+)?")
                : s.split("\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");
        List<String> names = new ArrayList<>();
        boolean lastJoined = true;
        for (String raw : pieces) {
            String piece = raw.strip();
            if (piece.isEmpty()) continue;
            String prev = names.isEmpty() ? null : names.get(names.size() - 1);
            boolean initials = piece.matches("(?:\\p{Lu}\\.?[\\s-]*){1,4}|(?:Jr|Sr|II|III)\\.?");
            boolean given = prev != null && !lastJoined && !prev.contains(" ") && piece.split(" ").length <= 3;
            if (prev != null && (initials || given) && !s.contains(";")) {
                names.set(names.size() - 1, prev + ", " + piece);
                lastJoined = true;
            } else {
                names.add(piece);
                lastJoined = false;
            }
        }
        return names;
    }

    /** The family name of a gold name: before the comma when inverted, else its last word that is not initials. */
    static String family(String name) {
        if (name.contains(",")) return name.substring(0, name.indexOf(',')).strip();
        String[] words = name.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!words[i].matches("(?:\\p{Lu}\\.?-?){1,4}|Jr\\.?|Sr\\.?")) return words[i];
        }
        return words[words.length - 1];
    }
}
