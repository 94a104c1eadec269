package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import java.util.List;

/**
 * A named thing: its id, preferred name, every spelling the sources use, when it existed (states, regimes,
 * organisations; null ends are open) and its links to the states it continues, follows or stands for.
 */
public record Entity(String id, String name, List<String> variants, String kind, PartialDate from, PartialDate until,
        List<String> predecessors, List<String> successors, String represents, String basis, Place place) {

    /** The name and every variant: each way the sources write this entity. */
    public List<String> spellings() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(variants);
        return List.copyOf(all);
    }

    /** "1922-12-30 to 1991-12-26", "from 1924-11-26", "until 1992": its existence, for messages. */
    public String lifespan() {
        if (from != null && until != null) return from + " to " + until;
        return from != null ? "from " + from : "until " + until;
    }
}
