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
        if (all.anachronistic(c, e)) s -= 3;
        else if (Citations.sameYear(e, c)) s += 2;
        return s;
    }
}
