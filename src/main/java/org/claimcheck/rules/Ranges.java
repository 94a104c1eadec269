package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;

/** Sorted numbers written as ranges, "11–71, 76", so that hundreds of entries fit one line. */
final class Ranges {
    private Ranges() {
    }

    static String of(List<Integer> numbers) {
        List<Integer> sorted = numbers.stream().distinct().sorted().toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            parts.add(j == i ? String.valueOf(sorted.get(i)) : sorted.get(i) + "–" + sorted.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
