package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.Doi;
import org.claimcheck.cite.Isbn;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;

/**
 * Identifiers an entry prints that cannot be right: an ISBN whose check digit does not match its other digits or
 * that has neither 10 nor 13 digits, a DOI without the shape every DOI has. Each points a reader at another work
 * or at none. Entries are read as they stand in the document, so that a line break where a page wrapped an
 * identifier is not taken for a space inside it.
 */
@RuleInfo(id = "reference-identifier", severity = Severity.WARNING,
        summary = "an entry's ISBN or DOI cannot be right",
        description = """
                A mistyped identifier sends readers to another work or to none. The rule checks each number an \
                entry labels as an ISBN ("ISBN 978-0-306-40615-7", "ISBN-10: 0-306-40615-2"): it must have 10 or \
                13 digits (13 only with the prefix 978 or 979), and its last digit must be the check digit the \
                others call for. It checks each DOI an entry labels ("doi:", "DOI ", a doi.org address): a DOI is \
                "10." + a registrant of 4–9 digits + "/" + a suffix, so "10.1016" with nothing after it, \
                "doi:10,1000/182" and "10.1000/ 182" are flagged. A DOI wrapped at a line end of a PDF is read \
                as one.""")
public final class ReferenceIdentifier implements Rule {
    private static final String DOI_SHAPE = "a DOI is \"10.\" + a registrant of 4–9 digits + \"/\" + a suffix";

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            for (Reference r : doc.references()) {
                String raw = doc.text().substring(r.start(), r.end());
                for (Isbn.Printed isbn : Isbn.printed(raw)) {
                    if (doc.isSetAside(r.start() + isbn.start())) continue; // a running head inside the entry
                    String problem = problem(isbn);
                    if (problem != null) out.add(report(ws, doc, r, isbn.start(), isbn.end(),
                            "ISBN " + isbn.text().strip() + " " + problem, "check the ISBN against the book's copyright page or a library catalogue"));
                }
                for (Doi.Printed doi : Doi.find(raw)) {
                    if (doc.isSetAside(r.start() + doi.start())) continue;
                    String problem = Doi.problem(doi, raw);
                    if (problem != null) out.add(report(ws, doc, r, doi.start(), Math.max(doi.end(), doi.start() + 1),
                            "malformed DOI \"" + doi.text() + "\" (" + problem + "); " + DOI_SHAPE, "copy the DOI from the work's landing page"));
                }
            }
        }
        return out;
    }

    private static String problem(Isbn.Printed isbn) {
        String d = isbn.digits();
        if (!isbn.hasLength()) return "has " + d.length() + " digits; an ISBN has 10, or 13 beginning 978 or 979";
        if (d.substring(0, d.length() - 1).indexOf('X') >= 0) return "has an X before its last digit";
        if (Isbn.isValid(d)) return null;
        return "has a wrong check digit: the other digits call for " + Isbn.expectedCheckDigit(d) + ", not "
                + d.charAt(d.length() - 1);
    }

    private Finding report(Workspace ws, Document doc, Reference r, int start, int end, String what, String fix) {
        return finding(r.label() + " in " + doc.path() + ": " + what,
                List.of(ws.locate(doc, r.start() + start, Math.min(r.start() + end, r.end()))), fix);
    }
}
