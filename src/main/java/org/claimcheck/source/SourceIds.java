package org.claimcheck.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Source ids made from file names, for documents no source list describes: kebab-case ("Mongolia–Russia
 * relations (2019).html" is {@code mongolia-russia-relations-2019}), and unique: a name already taken gets
 * "-2", "-3", … in the order the documents come, so the same documents always get the same ids.
 */
public final class SourceIds {
    /** Room for a suffix within the 128 characters an id may have. */
    private static final int MAX_LENGTH = 100;

    private SourceIds() {
    }

    /** The id for {@code fileName} that is not in {@code taken}; the caller adds it there. */
    public static String forFile(String fileName, Set<String> taken) {
        String base = base(fileName);
        String id = base;
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        return id;
    }

    static String base(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        // letters with accents keep their letter (é is e); every other run of non-alphanumerics is one hyphen
        String plain = Normalizer.normalize(stem, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < plain.length() && id.length() < MAX_LENGTH; i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                id.append(c);
            } else if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
                id.append('-');
            }
        }
        while (id.length() > 0 && id.charAt(id.length() - 1) == '-') id.setLength(id.length() - 1);
        return id.length() == 0 ? "document" : id.toString();
    }
}
