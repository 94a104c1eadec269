package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.RuleInfo;
import org.claimcheck.check.Severity;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;

/**
 * The Cite extension's own error messages in a saved wiki page, where they show a marker or entry problem that
 * no other rule reports: a name defined twice with different content, a ref in the wrong group, an unclosed
 * references tag. An error inside an entry with no text of its own is reference-empty's, one inside an entry
 * that no marker points at is reference-uncited's. Errors about attributes (dir, unknown parameters, a
 * numeric name) leave markers and entries intact and are not reported.
 */
@RuleInfo(id = "cite-error", severity = Severity.ERROR,
        summary = "the page shows a MediaWiki Cite error about its markers or entries",
        description = """
                A saved wiki page can hold the Cite extension's own error messages ("Cite error: Invalid <ref> \
                tag; name "x" defined multiple times with different content"). Each one that shows a marker or \
                entry gone wrong is reported with its message key, its text and where it stands, so the wikitext \
                can be fixed. Errors about attributes that leave markers and entries intact (an invalid or \
                conflicting dir, an unknown parameter, a name that is a plain number) are not reported.""")
public final class CiteErrorShown implements Rule {
    /** Errors about attributes: the markers and entries they concern are whole and point where they should. */
    static final Set<String> ATTRIBUTES = Set.of("cite_error_ref_invalid_dir", "cite_error_ref_conflicting_dir",
            "cite_error_references_invalid_parameters", "cite_error_ref_too_many_keys", "cite_error_ref_numeric_key");
    /** Errors that mean an entry no marker points at: reference-uncited reports them. */
    private static final Set<String> UNUSED = Set.of("cite_error_references_missing_key", "cite_error_references_no_key");

    @Override
    public List<Finding> check(Workspace ws) {
        List<Finding> out = new ArrayList<>();
        for (Document doc : ws.documents()) {
            EntryErrors errors = EntryErrors.of(ws, doc);
            for (CiteError e : doc.citeErrors()) {
                if (e.key() != null && ATTRIBUTES.contains(e.key())) continue;
                Reference r = errors.entryOf(e);
                // an error rendered without its key (a damaged class attribute) is never one of the known kinds
                boolean unused = r != null && e.key() != null && UNUSED.contains(e.key()) && errors.uncited().contains(r);
                if (r != null && (errors.empty(r) || unused)) continue;
                String where = r == null ? doc.path() : r.label() + " in " + doc.path();
                String key = e.key() == null ? "" : " (" + e.key() + ")";
                out.add(finding(where + " shows MediaWiki's error" + key + ": \"" + e.text() + "\"",
                        List.of(ws.locate(doc, e.start(), e.end())), null));
            }
        }
        return out;
    }
}
