package org.claimcheck.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.anchor.Anchor;
import org.claimcheck.check.Location;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Quote;
import org.claimcheck.claim.Waiver;
import org.claimcheck.source.Document;
import org.claimcheck.text.SentenceSplitter;

/**
 * Which sentences of each source's article text carry a date, a number or a citation marker, and whether a
 * claim (or a waiver) quotes them. The goal of recording a source completely is none left uncovered.
 */
public final class Coverage {
    /** What makes a sentence claim-worthy: a digit (years, figures, markers) or a number or month word. */
    private static final Pattern CARRIES = Pattern.compile("\\d|\\b(?i:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|twice|first|second|third"
            + "|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b|\\b(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\b");

    /** One source's tally and the sentences that still need a claim. */
    public record SourceCoverage(Document document, int sentences, int covered, int waived, List<Location> uncovered) {
    }

    private Coverage() {
    }

    public static List<SourceCoverage> of(Workspace ws) {
        List<SourceCoverage> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            List<int[]> quoted = spans(ws, doc, ws.claims().stream().flatMap(c -> c.quotes().stream()).toList());
            List<int[]> waived = spans(ws, doc, ws.waivers().stream().map(Waiver::passage).toList());
            int sentences = 0;
            int covered = 0;
            int waivedCount = 0;
            List<Location> uncovered = new ArrayList<>();
            for (SentenceSplitter.Span s : SentenceSplitter.split(doc.text(), 0, doc.bodyEnd())) {
                // furniture inside a sentence (a skip link, a running head) neither makes it count nor is shown
                int start = doc.setAside().firstKept(s.start(), s.end());
                if (start < 0 || !doc.inBody(start) || !carries(doc.setAside().kept(doc.text(), start, s.end()))) continue;
                sentences++;
                if (overlaps(quoted, s)) covered++;
                else if (overlaps(waived, s)) waivedCount++;
                else uncovered.add(ws.locate(doc, start, s.end()));
            }
            out.add(new SourceCoverage(doc, sentences, covered, waivedCount, List.copyOf(uncovered)));
        }
        return out;
    }

    public static boolean carries(String sentence) {
        Matcher m = CARRIES.matcher(sentence);
        return m.find();
    }

    private static List<int[]> spans(Workspace ws, Document doc, List<Quote> quotes) {
        List<int[]> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (!q.source().equals(doc.id())) continue;
            Anchor a = ws.anchor(q);
            if (a.found()) out.add(new int[] {a.start(), a.end()});
        }
        return out;
    }

    private static boolean overlaps(List<int[]> spans, SentenceSplitter.Span s) {
        return spans.stream().anyMatch(q -> q[0] < s.end() && q[1] > s.start());
    }
}
