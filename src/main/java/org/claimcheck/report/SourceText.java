package org.claimcheck.report;

import java.util.Locale;
import java.util.Map;
import org.claimcheck.source.SetAside;

/**
 * How much of one source's text was set aside as not the work's own (page furniture, boilerplate), in visible
 * characters, by reason: what an editor checks before trusting that no rule missed the article's text.
 */
public record SourceText(String file, int characters, Map<SetAside.Reason, Integer> setAside) {

    public SourceText {
        setAside = Map.copyOf(setAside);
    }

    public int total() {
        return setAside.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share set aside, 0 to 1, to four places. */
    public double share() {
        return characters == 0 ? 0 : Math.round(10000.0 * total() / characters) / 10000.0;
    }

    /** "4960 of 29782 characters (16.7%): page structure 4960", or "nothing". */
    public String describe() {
        if (total() == 0) return "nothing of " + characters + " characters";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d of %d characters (%.1f%%)", total(),
                characters, 100.0 * total() / characters));
        String sep = ": ";
        for (SetAside.Reason r : SetAside.Reason.values()) {
            if (!setAside.containsKey(r)) continue;
            s.append(sep).append(r.label()).append(' ').append(setAside.get(r));
            sep = ", ";
        }
        return s.toString();
    }
}
