package org.claimcheck.cite;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.time.DateParser;
import org.claimcheck.time.PartialDate;

/**
 * Field accuracy of {@link ReferenceParser} on a labelled reference set. Each rate counts only entries whose
 * gold label has that field (and, for dates, whose gold date text holds a year). Run {@link #main} for the
 * table; {@link ReferenceParserAccuracyTest} holds the floors.
 */
record ReferenceParserAccuracy(String set, int n, Rate dateYear, Rate dateExact, Rate titleExact,
                               Rate titleLenient, Rate firstAuthor, Rate authorCount) {
    /** hits of total. */
    record Rate(int hits, int total) {
        double value() {
            return total == 0 ? 0 : (double) hits / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * value(), hits, total);
        }
    }

    static ReferenceParserAccuracy measure(String set, List<GoldSets.Gold> golds) {
        int[] h = new int[6], t = new int[6];
        for (GoldSets.Gold g : golds) {
            ParsedReference p = ReferenceParser.parse(g.text());
            PartialDate gold = g.date() == null ? null
                    : DateParser.findAll(g.date()).stream().findFirst().map(DateParser.Found::date).orElse(null);
            if (gold != null) {
                score(h, t, 0, p.date() != null && p.date().year() == gold.year());
                score(h, t, 1, gold.equals(p.date()));
            }
            if (g.title() != null && !fold(g.title()).isEmpty()) {
                score(h, t, 2, fold(g.title()).equals(fold(p.title())));
                score(h, t, 3, tokenF1(fold(g.title()), fold(p.title())) >= 0.9);
            }
            List<String> names = g.authors() == null ? List.of() : GoldAuthors.split(g.authors());
            if (!names.isEmpty()) {
                String family = fold(GoldAuthors.family(names.get(0)));
                score(h, t, 4, !p.authors().isEmpty() && (" " + fold(p.authors().get(0)) + " ").contains(" " + family + " "));
                score(h, t, 5, p.authors().size() == names.size());
            }
        }
        return new ReferenceParserAccuracy(set, golds.size(), new Rate(h[0], t[0]), new Rate(h[1], t[1]),
                new Rate(h[2], t[2]), new Rate(h[3], t[3]), new Rate(h[4], t[4]), new Rate(h[5], t[5]));
    }

    private static void score(int[] hits, int[] totals, int field, boolean hit) {
        totals[field]++;
        if (hit) hits[field]++;
    }

    /** Case, accents, punctuation and spacing folded away: "“Getting to Know You...”" → "getting to know you". */
    static String fold(String s) {
        if (s == null) return "";
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** F1 of the two token sets: 1 when the same words, lower as words are missing or added. */
    static double tokenF1(String gold, String parsed) {
        Set<String> g = new HashSet<>(Arrays.asList(gold.split(" "))), p = new HashSet<>(Arrays.asList(parsed.split(" ")));
        g.remove("");
        p.remove("");
        if (g.isEmpty() || p.isEmpty()) return 0;
        Set<String> both = new HashSet<>(g);
        both.retainAll(p);
        double precision = (double) both.size() / p.size(), recall = (double) both.size() / g.size();
        return both.isEmpty() ? 0 : 2 * precision * recall / (precision + recall);
    }

    static String table(List<ReferenceParserAccuracy> rows) {
        StringBuilder sb = new StringBuilder("| set | n | date year | date exact | title exact | title F1>=0.9 "
                + "| first author | author count |\n|---|---|---|---|---|---|---|---|\n");
        for (ReferenceParserAccuracy r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n", r.set(), r.n(),
                    r.dateYear(), r.dateExact(), r.titleExact(), r.titleLenient(), r.firstAuthor(), r.authorCount()));
        }
        return sb.toString();
    }

    static List<ReferenceParserAccuracy> measureAll() throws Exception {
        return List.of(measure("anystyle-gold", GoldSets.anystyle()), measure("grobid-arxiv", GoldSets.grobid()));
    }

    public static void main(String[] args) throws Exception {
        System.out.print(table(measureAll()));
    }
}
