package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of a list that are cited, but only by markers whose text reports events after the entry was
 * published: each is likely meant for some other marker. Indexed by year, so that finding the one that fits a
 * marker looks only at the entries of the year its text states.
 */
final class Misplaced {
    /** More misplaced entries of one year than this are no evidence for any one of them. */
    private static final int PER_YEAR = 4;

    private final Citations all;
    private final Map<Integer, List<Citations.Entry>> byYear = new HashMap<>();
    /** For each misplaced entry, the texts (by where they start) dated in its year just before their marker. */
    private final Map<Citations.Entry, Set<Integer>> texts = new HashMap<>();

    Misplaced(Citations all) {
        this.all = all;
        Map<Integer, Boolean> onlyLater = new LinkedHashMap<>();
        for (Citations.Cite c : all.cites()) {
            Citations.Entry e = all.entries().get(c.number());
            if (e != null) onlyLater.merge(c.number(), all.anachronistic(c, e), Boolean::logicalAnd);
        }
        onlyLater.forEach((n, later) -> {
            Citations.Entry e = all.entries().get(n);
            if (later && e.date() != null) byYear.computeIfAbsent(e.date().year(), k -> new ArrayList<>()).add(e);
        });
        for (Citations.Cite c : all.cites()) {
            for (Citations.Entry f : candidates(c)) {
                if (Citations.nearestYear(f, c)) texts.computeIfAbsent(f, k -> new HashSet<>()).add(c.spanStart());
            }
        }
    }

    /**
     * The one misplaced entry dated in the year stated just before the marker, when the marker's own entry is not
     * dated in any year the text states, the run does not cite it already, and it fits no other text; else null.
     */
    Citations.Entry fitting(Citations.Cite c, Citations.Entry cited) {
        if (Citations.nearestYear(cited, c) || Citations.sameYear(cited, c)) return null;
        List<Citations.Entry> fits = candidates(c).stream().filter(f -> f != cited && Citations.nearestYear(f, c)
                && !all.citedInRun(c, f.ref().number())).toList();
        if (fits.size() != 1) return null;
        return texts.get(fits.get(0)).size() == 1 ? fits.get(0) : null;
    }

    private List<Citations.Entry> candidates(Citations.Cite c) {
        if (c.nearest() == null) return List.of();
        List<Citations.Entry> year = byYear.getOrDefault(c.nearest().year(), List.of());
        return year.size() > PER_YEAR ? List.of() : year;
    }
}
