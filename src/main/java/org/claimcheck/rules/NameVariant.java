package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Entity;
import org.claimcheck.source.Document;
import org.claimcheck.text.NameSimilarity;

/**
 * One name spelled several ways within a source, or across sources that claims tie together: spellings the
 * vocabulary records for one entity that differ by a slip (not an alias such as "USSR"); words of the texts close to
 * a word of a recorded name, so that an unrecorded variant is caught too; and letter-case slips in any capitalised
 * word. Comparing every pair of capitalised words instead would flag ordinary words ("Studies", "Studios") in any
 * long English text; comparing unrelated documents would pair words that were never meant to be one name.
 */
@RuleInfo(id = "name-variant", severity = Severity.WARNING,
        summary = "one name is spelled several ways",
        description = """
                Editors want one spelling per name. The rule compares the spellings the vocabulary records for \
                each entity that occur in the sources: two that differ in a word by a letter-case slip or a small \
                misspelling ("Danazn", "Danzan") are flagged; aliases ("USSR", "Soviet Union") and short forms \
                ("D.Sukhbaatar") are not. Words of the texts close to a word of a recorded name are flagged too, \
                so that a variant nobody recorded is caught, and so are letter-case slips in any capitalised word \
                ("TSerendorj", "JavaScript" and "Javascript"). Inflections ("Mongol", "Mongols") are not variants. Words \
                are compared within one document, or across documents that one claim quotes together.""")
public final class NameVariant implements Rule {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String SEPARATORS = "[\\s.\\-]+";
    private static final int MAX_PLACES = 6;

    @Override
    public List<Finding> check(Workspace ws) {
        List<Entity> entities = ws.vocabulary().entityList();
        // the entities by the words of their spellings: a group of documents visits only the entities it names,
        // not the whole vocabulary (documents x entities)
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            for (String spelling : entities.get(i).spellings()) {
                for (String word : spelling.split(SEPARATORS)) byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Document> group : DocumentGroups.of(ws)) {
            Map<String, Occurrences> tokens = tokenPlaces(group);
            Set<Integer> named = new TreeSet<>();
            tokens.keySet().forEach(t -> named.addAll(byWord.getOrDefault(t, List.of())));
            check(ws, named.stream().map(entities::get).toList(), tokens, out);
        }
        return out;
    }

    /** The findings among the words of one group of documents (one document, unless claims tie it to others). */
    private void check(Workspace ws, List<Entity> named, Map<String, Occurrences> tokens, List<Finding> out) {
        Set<String> reported = new HashSet<>();
        SimilarWords similar = new SimilarWords(List.copyOf(tokens.keySet()));
        for (Entity e : named) {
            List<String> spellings = e.spellings();
            String what = "entity '" + e.id() + "'";
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    String[] slip = differingTokens(spellings.get(i), spellings.get(j));
                    if (slip != null && tokens.containsKey(slip[0]) && tokens.containsKey(slip[1])
                            && reported.add(key(slip[0], slip[1]))) {
                        out.add(report(what, slip[0], slip[1], tokens, ws));
                    }
                }
            }
            // a spelling of this entity that nobody recorded: a text word close to a word of a recorded name
            for (String spelling : spellings) {
                for (String known : spelling.split(SEPARATORS)) {
                    if (!tokens.containsKey(known)) continue;
                    for (String word : similar.candidates(known)) {
                        if (isCapitalised(word) && NameSimilarity.sameNameMisspelled(known, word) && reported.add(key(known, word))) {
                            out.add(report(what, known, word, tokens, ws));
                        }
                    }
                }
            }
        }
        // letter-case slips need no vocabulary: "TSerendorj" beside "Tserendorj" ("ALL CAPS" headings aside)
        Map<String, List<String>> byLetters = new HashMap<>();
        for (String word : tokens.keySet()) {
            if (isCapitalised(word)) byLetters.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(word);
        }
        List<String> words = tokens.keySet().stream().filter(w -> isCapitalised(w) && hasInnerCapital(w)).sorted().toList();
        for (String slip : words) {
            for (String word : byLetters.get(slip.toLowerCase(Locale.ROOT))) {
                if (NameSimilarity.sameNameMisspelled(slip, word) && reported.add(key(slip, word))) {
                    out.add(report("a letter-case slip", slip, word, tokens, ws));
                }
            }
        }
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static boolean hasInnerCapital(String word) {
        return !isAllCaps(word) && word.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    private static boolean isAllCaps(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    /** The pair of words in which two spellings differ by a slip, or null when they are aliases. */
    private static String[] differingTokens(String a, String b) {
        for (String ta : a.split(SEPARATORS)) {
            for (String tb : b.split(SEPARATORS)) {
                if (NameSimilarity.sameNameMisspelled(ta, tb)) return new String[] {ta, tb};
            }
        }
        return null;
    }

    private Finding report(String what, String a, String b, Map<String, Occurrences> tokens, Workspace ws) {
        List<Location> where = new ArrayList<>();
        for (String token : List.of(a, b)) {
            for (Place p : tokens.get(token).places) {
                where.add(ws.locate(p.doc(), p.start(), p.start() + token.length()));
            }
        }
        return finding("\"" + a + "\" (" + count(tokens.get(a)) + ") and \"" + b + "\" (" + count(tokens.get(b))
                + ") look like one name spelled two ways (" + what + ")", where, "use one spelling, or record both as"
                + " variants of one entity if the sources really differ");
    }

    private record Place(Document doc, int start) {
    }

    /** How often a word occurs, and its first places: all a finding shows (one object per occurrence would be ten times the text). */
    private static final class Occurrences {
        private int count;
        private final List<Place> places = new ArrayList<>(1);

        void add(Document doc, int start) {
            count++;
            if (places.size() < MAX_PLACES) places.add(new Place(doc, start));
        }
    }

    private static String count(Occurrences o) {
        return o.count == 1 ? "once" : o.count + " times";
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Every word of the documents' bodies, with where it stands, in document order. */
    private static Map<String, Occurrences> tokenPlaces(List<Document> docs) {
        Map<String, Occurrences> places = new LinkedHashMap<>();
        for (Document doc : docs) {
            Matcher m = WORD.matcher(doc.text());
            while (m.find()) {
                if (!doc.inBody(m.start())) continue;
                places.computeIfAbsent(m.group(), k -> new Occurrences()).add(doc, m.start());
            }
        }
        return places;
    }
}
