package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;

/** Reads an assertion's time: an event's ('at', 'by', 'after', 'before') or a state's interval ('from', 'until', 'through'). */
final class Times {
    private Times() {
    }

    /** The assertion's time; null (problem added) when it is malformed. */
    static TimeSpan read(YMap m, Problems problems) {
        int before = problems.count();
        PartialDate at = Dates.date(m, "at", problems).orElse(null);
        PartialDate from = Dates.date(m, "from", problems).orElse(null);
        PartialDate until = Dates.date(m, "until", problems).orElse(null);
        PartialDate through = Dates.date(m, "through", problems).orElse(null);
        PartialDate by = Dates.date(m, "by", problems).orElse(null);
        PartialDate after = Dates.date(m, "after", problems).orElse(null);
        PartialDate beforeDate = Dates.date(m, "before", problems).orElse(null);
        if (problems.count() > before) return null;
        boolean interval = from != null || until != null || through != null;
        if (at != null && interval) {
            problems.add(m.get("at").orElseThrow(), "give either 'at' or 'from'/'until', not both");
            return null;
        }
        if (until != null && through != null) {
            problems.add(m.get("through").orElseThrow(), "give 'until' (exclusive) or 'through' (inclusive), not both");
            return null;
        }
        String extra = at != null && (by != null || after != null || beforeDate != null) ? "at"
                : interval && (by != null || after != null || beforeDate != null) ? (from != null ? "from" : until != null ? "until" : "through")
                : null;
        if (extra != null) {
            problems.add(m.get(extra).orElseThrow(), "give an event's time ('at', or 'by', 'after', 'before') or a"
                    + " state's interval ('from', 'until' or 'through'), not both");
            return null;
        }
        PartialDate end = until != null ? until : through;
        String endKey = until != null ? "until" : "through";
        if (from != null && end != null && (until != null ? !from.first().isBefore(end.first()) : end.last().isBefore(from.first()))) {
            problems.add(m.get(endKey).orElseThrow(), "'" + endKey + "' " + end + " must come after 'from' " + from);
            return null;
        }
        if (after != null && (beforeDate != null || by != null)) {
            PartialDate bound = beforeDate != null ? beforeDate : by;
            if (!after.last().isBefore(bound.last())) {
                problems.add(m.get(beforeDate != null ? "before" : "by").orElseThrow(), "'" + (beforeDate != null ? "before" : "by")
                        + "' " + bound + " must come after 'after' " + after);
                return null;
            }
        }
        return new TimeSpan(at, from, until, through, by, after, beforeDate);
    }
}
