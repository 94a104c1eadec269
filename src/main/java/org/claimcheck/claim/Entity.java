package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import java.util.List;

/**
 * A named thing: its id, preferred name, every spelling the sources use, when it existed (states, regimes,
 * organisations; null ends are open) and its links to the states it continues, follows or stands for.
 */
public record Entity(String id, String name, List<String> variants, String kind, PartialDate from, PartialDate until,
        List<String> predecessors, List<String> successors, String represents, Place place) {
}
