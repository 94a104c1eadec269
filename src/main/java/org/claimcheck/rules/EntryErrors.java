package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimcheck.check.Workspace;
import org.claimcheck.cite.CiteError;
import org.claimcheck.cite.Marker;
import org.claimcheck.cite.Reference;
import org.claimcheck.source.Document;

/**
 * A document's entries with the Cite error messages the wiki rendered inside them, and which entries no marker
 * points at (by link target where the document links markers to entries, else by list and number). Shared by
 * reference-empty, reference-uncited and cite-error, so that one problem is reported once.
 */
record EntryErrors(TreeMap<Integer, Reference> byStart, Map<Reference, List<CiteError>> inside, Set<Reference> uncited) {

    static EntryErrors of(Workspace ws, Document doc) {
        return ws.derived(List.of(EntryErrors.class, doc.id()), () -> read(doc));
    }

    private static EntryErrors read(Document doc) {
        TreeMap<Integer, Reference> byStart = new TreeMap<>();
        doc.references().forEach(r -> byStart.putIfAbsent(r.start(), r));
        Map<Reference, List<CiteError>> inside = new java.util.HashMap<>();
        for (CiteError e : doc.citeErrors()) {
            Reference r = holding(byStart, e);
            if (r != null) inside.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
        }
        return new EntryErrors(byStart, inside, uncited(doc));
    }

    private static Reference holding(TreeMap<Integer, Reference> byStart, CiteError e) {
        Map.Entry<Integer, Reference> r = byStart.floorEntry(e.start());
        return r != null && e.end() <= r.getValue().end() ? r.getValue() : null;
    }

    /**
     * Entries no marker points at; none in a document without markers (nothing to check it against), and none in
     * an unlinked list that no marker counts in.
     */
    private static Set<Reference> uncited(Document doc) {
        if (doc.markers().isEmpty()) return Set.of();
        Set<String> targets = doc.markers().stream().map(Marker::target).filter(t -> t != null).collect(Collectors.toSet());
        Set<String> numbers = doc.markers().stream().filter(m -> m.target() == null)
                .map(m -> m.list() + " " + m.number()).collect(Collectors.toSet());
        // without links, a list no marker counts in is cited elsewhere (a supplement's list printed after the main one)
        Set<String> listsCited = doc.markers().stream().map(Marker::list).collect(Collectors.toSet());
        return doc.references().stream()
                .filter(r -> targets.isEmpty()
                        ? listsCited.contains(r.list()) && !numbers.contains(r.list() + " " + r.number())
                        : r.id() == null || !targets.contains(r.id()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The entry an error stands in, or null. */
    Reference entryOf(CiteError e) {
        return holding(byStart, e);
    }

    List<CiteError> errorsIn(Reference r) {
        return inside.getOrDefault(r, List.of());
    }

    /** Whether the entry has no text of its own: nothing, or only the wiki's error messages. */
    boolean empty(Reference r) {
        String own = r.text();
        for (CiteError e : errorsIn(r)) own = own.replace(e.text(), "");
        return own.isBlank();
    }
}
