package org.claimcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Workspace;
import org.claimcheck.claim.Claim;
import org.claimcheck.source.Document;

/**
 * The workspace's documents in groups that speak of the same things: one claim quoting two documents ties them
 * together (and, through other claims, whatever they are tied to); a document no claim ties to another is a group
 * of its own. Rules that compare wording (one name spelled two ways) compare within a group only, since two
 * unrelated pages share no names to keep consistent.
 */
final class DocumentGroups {
    private DocumentGroups() {
    }

    /** The groups, each in workspace order, ordered by their first document. */
    static List<List<Document>> of(Workspace ws) {
        Map<String, String> parent = new HashMap<>();
        for (Document d : ws.documents()) parent.put(d.id(), d.id());
        for (Claim c : ws.claims()) {
            String first = null;
            for (var q : c.quotes()) {
                if (!parent.containsKey(q.source())) continue;
                if (first == null) first = q.source();
                else parent.put(root(parent, q.source()), root(parent, first));
            }
        }
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        for (Document d : ws.documents()) groups.computeIfAbsent(root(parent, d.id()), k -> new ArrayList<>()).add(d);
        return List.copyOf(groups.values());
    }

    /** The representative of an id's group, halving the path on the way (union-find). */
    private static String root(Map<String, String> parent, String id) {
        String at = id;
        while (!parent.get(at).equals(at)) {
            parent.put(at, parent.get(parent.get(at)));
            at = parent.get(at);
        }
        return at;
    }
}
