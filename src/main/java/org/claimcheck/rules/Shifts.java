package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Marker;
import org.claimcheck.source.Document;

/**
 * Reference lists out of step with their markers. A list that lost an entry makes every later marker [n] point
 * at what was entry n+1, so the marker's text fits entry n−1 (offset −1); a list that gained one, entry n+1
 * (offset +1). Each marker compares its own entry with its two neighbours ({@link EntryFit}, never an entry its
 * own run cites), and each number gets a verdict per offset: it fits the neighbour clearly better (for), its
 * own entry better (against), or no evidence. A shift is a stretch of numbers, in order, where verdicts for
 * outnumber those against more than two to one, with at least {@value #NUMBERS} numbers for.
 */
final class Shifts {
    /** The least count of distinct numbers whose text fits the neighbour, for a shift to be believed. */
    static final int NUMBERS = 3;

    /** Markers {@code from}–{@code to} of a list fit entry n+offset; {@code inStep}: the last number before them that fits its own entry (0: none). */
    record Shift(String list, int offset, int from, int to, int numbersFor, int numbersAgainst, int inStep,
                 Citations.Cite example, Citations.Entry cited, Citations.Entry fits) {
        boolean covers(Marker m) {
            return m.list().equals(list) && m.number() >= from && m.number() <= to;
        }
    }

    private static final class Tally {
        final int[] support = new int[2];
        final int[] against = new int[2];
        final Citations.Cite[] best = new Citations.Cite[2];
        final int[] bestScore = new int[2];

        int verdict(int side) {
            return Integer.signum(support[side] - against[side]);
        }
    }

    private Shifts() {
    }

    /** The shifts of every list of the document, computed once per workspace. */
    static List<Shift> of(Workspace ws, Document doc) {
        return ws.derived(List.of(Shifts.class, doc.id()), () -> {
            List<Shift> out = new ArrayList<>();
            for (Citations all : Citations.of(ws, doc)) out.addAll(find(all));
            return List.copyOf(out);
        });
    }

    /** Whether a marker lies in a shift: its own finding covers it. */
    static boolean shifted(Workspace ws, Document doc, Marker m) {
        Map<String, TreeMap<Integer, Shift>> byList = ws.derived(List.of(Shifts.class, "by list", doc.id()), () -> {
            Map<String, TreeMap<Integer, Shift>> out = new java.util.HashMap<>();
            of(ws, doc).forEach(s -> out.computeIfAbsent(s.list(), k -> new TreeMap<>()).put(s.from(), s));
            return out;
        });
        TreeMap<Integer, Shift> shifts = byList.get(m.list());
        Map.Entry<Integer, Shift> s = shifts == null ? null : shifts.floorEntry(m.number());
        return s != null && s.getValue().covers(m);
    }

    private static List<Shift> find(Citations all) {
        Map<Integer, Tally> tallies = new TreeMap<>();
        for (Citations.Cite c : all.cites()) {
            Citations.Entry own = all.entries().get(c.number());
            if (own == null) continue;
            int ownScore = EntryFit.score(all, c, own);
            for (int side = 0; side < 2; side++) {
                int offset = side == 0 ? -1 : 1;
                Citations.Entry next = neighbour(all, c, offset), other = neighbour(all, c, -offset);
                if (next == null) continue;
                int score = EntryFit.score(all, c, next);
                Tally t = tallies.computeIfAbsent(c.number(), k -> new Tally());
                if (score >= EntryFit.FITS && score >= ownScore + EntryFit.CLEARLY
                        && score > EntryFit.score(all, c, other)) {
                    t.support[side]++;
                    if (score > t.bestScore[side]) {
                        t.bestScore[side] = score;
                        t.best[side] = c;
                    }
                } else if (ownScore >= EntryFit.FITS && ownScore > score) {
                    t.against[side]++;
                }
            }
        }
        List<Shift> out = new ArrayList<>();
        for (int side = 0; side < 2; side++) out.addAll(segments(all, tallies, side));
        // Of shifts both ways over the same numbers, one at least twice as well supported stands; else both are noise.
        return out.stream().filter(s -> out.stream().noneMatch(o -> o != s && o.from() <= s.to() && s.from() <= o.to()
                && o.numbersFor() * 2 > s.numbersFor())).toList();
    }

    /** The entry at number+offset, unless the marker's own run cites it too. */
    private static Citations.Entry neighbour(Citations all, Citations.Cite c, int offset) {
        int n = c.number() + offset;
        return all.citedInRun(c, n) ? null : all.entries().get(n);
    }

    /**
     * The stretches of numbers where verdicts for the offset win. Over the numbers with a verdict, for weighs +1
     * and against −1; a stretch runs from a number for until its sum falls to zero, cut at its best end (one
     * pass, as Kadane's). Where it begins is then placed where the verdicts change most sharply: the step that
     * leaves the most numbers against before it and for after it, since the last stretch (a change point).
     */
    private static List<Shift> segments(Citations all, Map<Integer, Tally> tallies, int side) {
        List<Integer> voted = tallies.keySet().stream().filter(n -> tallies.get(n).verdict(side) != 0).toList();
        List<Shift> out = new ArrayList<>();
        int start = -1, sum = 0, best = 0, bestEnd = -1, after = 0;
        for (int i = 0; i <= voted.size(); i++) {
            int v = i < voted.size() ? tallies.get(voted.get(i)).verdict(side) : -1;
            if (start < 0 && v > 0) {
                start = i;
                sum = best = 0;
            }
            if (start < 0) continue;
            sum += v;
            if (sum > best) {
                best = sum;
                bestEnd = i;
            }
            if (sum <= 0 || i == voted.size()) {
                Shift s = shift(all, tallies, voted, side, after, start, bestEnd);
                if (s != null) out.add(s);
                after = bestEnd + 1;
                start = -1;
            }
        }
        return out;
    }

    /** The shift whose stretch is voted[start..end], its step placed among voted[after..start]; null if too thin. */
    private static Shift shift(Citations all, Map<Integer, Tally> tallies, List<Integer> voted, int side, int after,
                               int start, int end) {
        int balance = 0, bestBalance = 0, stepMin = after, stepMax = after;
        for (int p = after; p < start; p++) {
            balance -= tallies.get(voted.get(p)).verdict(side);
            if (balance > bestBalance) {
                bestBalance = balance;
                stepMin = p + 1;
            }
            if (balance >= bestBalance) stepMax = p + 1;
        }
        int pro = 0, contra = 0, exampleScore = -1;
        Citations.Cite example = null;
        for (int n : voted.subList(stepMax, end + 1)) {
            Tally t = tallies.get(n);
            if (t.verdict(side) < 0) contra++;
            else pro++;
            if (t.verdict(side) > 0 && t.bestScore[side] > exampleScore) {
                exampleScore = t.bestScore[side];
                example = t.best[side];
            }
        }
        if (pro < NUMBERS) return null;
        int offset = side == 0 ? -1 : 1;
        return new Shift(example.marker().list(), offset, voted.get(stepMax), voted.get(end), pro, contra,
                stepMin == 0 ? 0 : voted.get(stepMin - 1), example, all.entries().get(example.number()),
                all.entries().get(example.number() + offset));
    }
}
