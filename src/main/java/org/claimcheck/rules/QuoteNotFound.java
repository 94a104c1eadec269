package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Location;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Dispute;
import org.claimcheck.claim.Quote;
import org.claimcheck.source.Document;

/** A claim's quote that is not in its source, even with typography normalized: shows the closest passage. */
@RuleInfo(id = "quote-not-found", severity = Severity.ERROR,
        summary = "a claim's quote is not in its source document",
        description = """
                Every quote must stand in its source word for word. Matching tries the exact text first, then \
                the text with curly and straight quotes, dash kinds, runs of whitespace and line breaks folded \
                together. A quote found neither way is reported with the closest passage of the source and its \
                edit distance; copy the passage from the source to fix the claim, or fix the source reference.""")
public final class QuoteNotFound implements Rule {
    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Claim claim : ws.claims()) {
            for (Quote quote : claim.quotes()) check(ws, quote, "claim '" + claim.id() + "'", out);
        }
        // a position's sources anchor like a claim's: a dispute must not rest on words the source lacks
        for (Dispute d : ws.disputes()) {
            for (Dispute.Position p : d.positions()) {
                for (Quote quote : p.sources()) check(ws, quote, "dispute '" + d.id() + "'", out);
            }
        }
        return out;
    }

    private void check(Workspace ws, Quote quote, String whose, List<Finding> out) {
        Anchor a = ws.anchor(quote);
        if (a.found()) return;
        Document doc = ws.document(quote.source());
        Location nearest = ws.locate(doc, a.start(), a.end());
        List<Location> where = new ArrayList<>();
        where.add(Location.inClaimFile(quote.place(), quote.text()));
        where.add(nearest);
        out.add(finding("quote of " + whose + " is not in " + doc.path() + "; the closest passage, "
                + a.distance() + " edit" + (a.distance() == 1 ? "" : "s") + " away, is at " + nearest,
                where, "quote the source exactly: \"" + nearest.text() + "\""));
    }
}
