package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.CitingSentence;
import org.claimcheck.source.Document;

/** An editor's "[citation needed]" tag: the sentence before it is unsourced by the text's own account. */
@RuleInfo(id = "citation-needed", severity = Severity.INFO,
        summary = "an editor marked a sentence as needing a citation",
        description = """
                Wikipedia's editors tag a statement [citation needed] when no source supports it. The tag is not \
                a citation marker; it tells a reviewer that the sentence is unsourced, so claims recorded from it \
                rest on the text alone.""")
public final class CitationNeeded implements Rule {
    private static final Pattern TAG = Pattern.compile("(?i)\\[\\s*citation needed\\s*]");

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            Matcher m = TAG.matcher(doc.text()).region(0, doc.bodyEnd());
            while (m.find()) {
                if (!doc.inBody(m.start())) continue;
                int start = CitingSentence.start(doc.text(), m.start(), 1, true);
                String sentence = doc.text().substring(start, m.start()).strip().replaceAll("\\s+", " ");
                if (sentence.length() > 80) sentence = "…" + sentence.substring(sentence.length() - 79).stripLeading();
                out.add(finding("an editor marked this as needing a citation: \"" + sentence + "\"",
                        List.of(ws.locate(doc, m.start(), m.end())), null));
            }
        }
        return out;
    }
}
