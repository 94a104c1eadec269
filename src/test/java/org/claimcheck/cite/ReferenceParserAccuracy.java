package org.claimcheck.cite;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.claimcheck.time.DateParser;
import org.claimcheck.time.PartialDate;

/**
 * Field accuracy of {@link ReferenceParser} on a labelled reference set. Each rate counts only entries whose
 * gold label has that field (and, for dates, whose gold date text holds a year). Run {@link #main} for the
 * table; {@link ReferenceParserAccuracyTest} holds the floors.
 *
 * <p>The sets are split so that one figure is measured out of sample: AnyStyle's even-indexed entries are the
 * tuning set (the parser is changed while looking at their errors, see {@link #tuning}); its odd-indexed entries
 * and all of GROBID's are held out, looked at only after a change is finished.
 */
record ReferenceParserAccuracy(String set, String role, int n, Rate dateYear, Rate dateExact, Rate titleExact,
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

    static ReferenceParserAccuracy measure(String set, String role, List<GoldSets.Gold> golds) {
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
        return new ReferenceParserAccuracy(set, role, golds.size(), new Rate(h[0], t[0]), new Rate(h[1], t[1]),
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
        StringBuilder sb = new StringBuilder("| set | role | n | date year | date exact | title exact | title F1>=0.9 "
                + "| first author | author count |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ReferenceParserAccuracy r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |%n", r.set(), r.role(), r.n(),
                    r.dateYear(), r.dateExact(), r.titleExact(), r.titleLenient(), r.firstAuthor(), r.authorCount()));
        }
        return sb.toString();
    }

    /** Tuning half first, then the held-out half and set. */
    static List<ReferenceParserAccuracy> measureAll() throws Exception {
        List<GoldSets.Gold> anystyle = GoldSets.anystyle();
        return List.of(tuning(anystyle), measure("anystyle-gold odd", "held out", half(anystyle, 1)),
                measure("grobid-arxiv", "held out", GoldSets.grobid()));
    }

    static ReferenceParserAccuracy tuning(List<GoldSets.Gold> anystyle) {
        return measure("anystyle-gold even", "tuning", half(anystyle, 0));
    }

    /** The entries at even (parity 0) or odd (1) indexes in file order: a split fixed by the file alone. */
    static List<GoldSets.Gold> half(List<GoldSets.Gold> golds, int parity) {
        return IntStream.range(0, golds.size()).filter(i -> i % 2 == parity)
                .mapToObj(golds::get).toList();
    }

    /** Prints the table; with the argument {@code tuning}, only the tuning half, for use while changing the parser. */
    public static void main(String[] args) throws Exception {
        boolean tuningOnly = args.length > 0 && args[0].equals("tuning");
        System.out.print(table(tuningOnly ? List.of(tuning(GoldSets.anystyle())) : measureAll()));
    }
}
