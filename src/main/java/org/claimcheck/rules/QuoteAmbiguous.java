package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.anchor.Anchorer;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Quote;
import org.claimcheck.source.Document;

/** A quote that stands in several places of its source, with nothing to say which, or a selector that picks none. */
@RuleInfo(id = "quote-ambiguous", severity = Severity.WARNING,
        summary = "a quote stands more than once in its source and nothing says which place is meant",
        description = """
                A quote that stands in several places of its source anchors at the first, which may not be the \
                place the claim means (its markers, its context). Say which with `prefix` or `suffix` (the words \
                right before or after it, as the W3C Web Annotation TextQuoteSelector has them) or `occurrence: N` \
                (1 for the first place). Also reported: a prefix, suffix or occurrence that picks none of the \
                places, or still leaves several.""")
public final class QuoteAmbiguous implements Rule {
    /** Places named in a message; all of them (up to the anchorer's bound) are evidence. */
    private static final int SHOWN = 5;

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Claim claim : ws.claims()) {
            for (Quote quote : claim.quotes()) {
                List<Anchor> all = ws.occurrences(quote);
                if (all.isEmpty() || all.size() == 1 && !quote.selects()) continue;
                int left = quote.selects() ? ws.selected(quote).size() : all.size();
                if (left == 1) continue;
                Document doc = ws.document(quote.source());
                List<Location> places = all.stream().map(a -> ws.locate(doc, a.start(), a.end())).toList();
                String stands = "quote of claim '" + claim.id() + "' stands " + times(all.size()) + " in " + doc.path()
                        + " (at " + shown(places) + ")";
                List<Location> where = new ArrayList<>();
                where.add(Location.inClaimFile(quote.place(), quote.text()));
                where.addAll(places);
                String message = !quote.selects() ? stands + ": nothing says which is meant"
                        : stands + ", and its " + selector(quote) + (left == 0 ? " picks none of them" : " still leaves " + left);
                out.add(finding(message, where, "say which with prefix: (the words right before it), suffix: (right after"
                        + " it) or occurrence: N (1 to " + all.size() + ")"));
            }
        }
        return out;
    }

    private static String times(int n) {
        return n >= Anchorer.MAX_OCCURRENCES ? "at least " + n + " times" : n == 1 ? "once" : n + " times";
    }

    private static String shown(List<Location> places) {
        String first = String.join(", ", places.stream().limit(SHOWN).map(Location::toString).toList());
        return places.size() > SHOWN ? first + ", …" : first;
    }

    private static String selector(Quote q) {
        List<String> parts = new ArrayList<>();
        if (!q.prefix().isEmpty()) parts.add("prefix \"" + q.prefix() + "\"");
        if (!q.suffix().isEmpty()) parts.add("suffix \"" + q.suffix() + "\"");
        if (q.occurrence() > 0) parts.add("occurrence " + q.occurrence());
        return String.join(" and ", parts);
    }
}
