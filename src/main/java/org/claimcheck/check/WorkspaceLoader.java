package org.claimcheck.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.ClaimLoader;
import org.claimcheck.claim.ClaimSet;
import org.claimcheck.claim.Vocabulary;
import org.claimcheck.claim.Waiver;
import org.claimcheck.source.Document;
import org.claimcheck.source.NamedDocuments;
import org.claimcheck.source.NamedFiles;
import org.claimcheck.source.SourceCatalog;
import org.claimcheck.source.WorkspaceFiles;
import org.claimcheck.yaml.InputException;
import org.claimcheck.yaml.Problems;

/** Loads sources and claims together; throws {@link InputException} with every problem of both. */
public final class WorkspaceLoader {
    private WorkspaceLoader() {
    }

    public static Workspace load(Path root, Path sourcesYaml, Path claimsDir) {
        return load(root, sourcesYaml, claimsDir, WorkspaceFiles.SOURCE_BYTES);
    }

    /**
     * As {@link #load(Path, Path, Path)}, reading no source document larger than {@code maxSourceBytes};
     * {@code claimsDir} null when there are no claims yet (the citation rules still run on the documents).
     */
    public static Workspace load(Path root, Path sourcesYaml, Path claimsDir, long maxSourceBytes) {
        Problems problems = new Problems();
        WorkspaceFiles files = new WorkspaceFiles(root, maxSourceBytes);
        List<Document> documents = SourceCatalog.load(files, root, sourcesYaml, problems);
        // when the sources did not all load, quotes are not checked against them: one broken source list would
        // otherwise bury its own problem under an "unknown source" line for every quote
        Set<String> known = problems.isEmpty() ? documents.stream().map(Document::id).collect(Collectors.toSet()) : null;
        ClaimSet claims = claimsDir == null ? new ClaimSet(Vocabulary.EMPTY, List.of(), List.of())
                : ClaimLoader.load(files, root, claimsDir, known, problems);
        problems.throwIfAny();
        return new Workspace(documents, claims);
    }

    /**
     * Documents named on the command line, checked with the workspace's claims: a claim is checked when every
     * source it quotes is among them, and left out (not an error: the user chose which documents to check) when
     * it quotes any other.
     *
     * @param leftOut the claims not checked; {@code otherSources} the source ids they quote that were not named
     */
    public record Named(Workspace workspace, List<Claim> leftOut, Set<String> otherSources) {
    }

    /**
     * The documents {@code files}, described by the source list {@code sourcesYaml} where it lists them (null:
     * no list), with the claims of {@code claimsDir} (null: none) that quote only them.
     */
    public static Named loadNamed(Path root, List<NamedFiles.Named> files, Path sourcesYaml, Path claimsDir,
            long maxSourceBytes) {
        Problems problems = new Problems();
        WorkspaceFiles workspace = new WorkspaceFiles(root, maxSourceBytes);
        List<SourceCatalog.Listed> listed = sourcesYaml == null ? List.of()
                : SourceCatalog.describe(workspace, root, sourcesYaml, problems);
        List<Document> documents = NamedDocuments.read(files, listed, maxSourceBytes, problems);
        ClaimSet all = claimsDir == null ? new ClaimSet(Vocabulary.EMPTY, List.of(), List.of())
                : ClaimLoader.load(workspace, root, claimsDir, null, problems);
        problems.throwIfAny();
        Set<String> named = documents.stream().map(Document::id).collect(Collectors.toSet());
        Map<Boolean, List<Claim>> checked = all.claims().stream().collect(Collectors.partitioningBy(
                c -> c.quotes().stream().allMatch(q -> named.contains(q.source()))));
        Set<String> others = new TreeSet<>();
        checked.get(false).forEach(c -> c.quotes().forEach(q -> others.add(q.source())));
        others.removeAll(named);
        List<Waiver> waivers = all.waivers().stream().filter(w -> named.contains(w.passage().source())).toList();
        // a dispute comes along when everything it names is checked: its claims and the sources its positions quote
        Set<String> kept = checked.get(true).stream().map(Claim::id).collect(Collectors.toSet());
        List<org.claimcheck.claim.Dispute> disputes = all.disputes().stream()
                .filter(d -> kept.containsAll(d.claims()) && d.positions().stream()
                        .allMatch(p -> p.sources().stream().allMatch(q -> named.contains(q.source()))))
                .toList();
        ClaimSet claims = new ClaimSet(all.vocabulary(), checked.get(true), waivers, disputes);
        return new Named(new Workspace(documents, claims), checked.get(false), others);
    }
}
