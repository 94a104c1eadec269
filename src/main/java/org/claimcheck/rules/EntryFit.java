package org.claimcheck.rules;

/**
 * How well an entry fits the text a marker vouches for, from the signals the citation rules share: distinctive
 * names the text and the entry's title share, an entry dated in a year the text states, and an entry published
 * well before the text's event (which cannot report it).
 */
final class EntryFit {
    /** The least score that is evidence of a fit: one shared name, or the text's year. */
    static final int FITS = 2;
    /** How much better one entry must fit than another to tell them apart. */
    static final int CLEARLY = 2;

    private EntryFit() {
    }

    /** 2 per shared name (at most two), 2 for the text's year, minus 3 for an entry that predates the text. */
    static int score(Citations all, Citations.Cite c, Citations.Entry e) {
        if (e == null) return 0;
        int s = 2 * Math.min(2, all.shared(c, e).size());
        if (predates(e, c)) s -= 3;
        else if (sameYear(e, c)) s += 2;
        return s;
    }

    /**
     * Whether the entry was published two or more years before the latest year its citing text states. A source
     * a year ahead is normal: news of a film due next year, a preview of next year's election.
     */
    static boolean predates(Citations.Entry e, Citations.Cite c) {
        return e.date() != null && c.event() != null && e.date().year() <= c.event().year() - 2;
    }

    /** Whether the entry is dated in the year stated right before the marker (a contemporary report of it). */
    static boolean nearestYear(Citations.Entry e, Citations.Cite c) {
        return e.date() != null && c.nearest() != null && e.date().year() == c.nearest().year()
                && !e.date().last().isBefore(c.nearest().first());
    }

    /** Whether the entry is dated in a year the citing text states, and not before the text's latest date. */
    static boolean sameYear(Citations.Entry e, Citations.Cite c) {
        return e.date() != null && !predates(e, c) && c.dates().stream().anyMatch(d -> d.year() == e.date().year());
    }
}
