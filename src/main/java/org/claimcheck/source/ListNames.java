package org.claimcheck.source;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.cite.Reference;

/**
 * Names the reference lists of an HTML page. Each list takes its group's name; a later list of the same group
 * whose numbers start again at or below the earlier ones' (MediaWiki restarts numbering after each
 * {@code <references/>}) is a list of its own, "references (2)" or "n (2)", so that its entry 1 is not taken
 * for the first list's entry 1.
 */
final class ListNames {
    private ListNames() {
    }

    /** @param groups each list element with its group, in page order; @param numbers each entry's list and number */
    static <L> Map<L, String> apart(Map<L, String> groups, List<Map.Entry<L, Integer>> numbers) {
        Map<L, Integer> lowest = new HashMap<>();
        Map<L, Integer> highest = new HashMap<>();
        for (Map.Entry<L, Integer> e : numbers) {
            lowest.merge(e.getKey(), e.getValue(), Math::min);
            highest.merge(e.getKey(), e.getValue(), Math::max);
        }
        Map<L, String> out = new LinkedHashMap<>();
        Map<String, Integer> seenUpTo = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        groups.forEach((list, group) -> {
            Integer before = seenUpTo.get(group);
            int low = lowest.getOrDefault(list, 1);
            if (before != null && low <= before) {
                int k = count.merge(group, 1, Integer::sum) + 1;
                out.put(list, (group.equals(Reference.MAIN) ? "references" : group) + " (" + k + ")");
                seenUpTo.put(group, highest.getOrDefault(list, before));
            } else {
                out.put(list, group);
                seenUpTo.merge(group, highest.getOrDefault(list, 0), Math::max);
            }
        });
        return out;
    }
}
