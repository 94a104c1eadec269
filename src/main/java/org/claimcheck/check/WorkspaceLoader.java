package org.claimcheck.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.claim.ClaimLoader;
import org.claimcheck.claim.ClaimSet;
import org.claimcheck.claim.Vocabulary;
import org.claimcheck.source.Document;
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
}
