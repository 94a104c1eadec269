package org.claimcheck.claim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcheck.source.Paths;
import org.claimcheck.source.WorkspaceFiles;
import org.claimcheck.yaml.Problem;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/**
 * Loads a claims folder: {@code vocabulary.yaml} first, then every other {@code *.yaml} in name order, then the
 * disputes of {@code disputes.yaml}, whose claim ids must be the folder's. Every
 * problem is collected with its file:line:col; the caller throws them all at once.
 */
public final class ClaimLoader {
    public static final String VOCABULARY = "vocabulary.yaml";
    private static final List<String> CLAIM_KEYS = List.of("id", "says", "assert", "sources", "note");
    private static final List<String> WAIVER_KEYS = List.of("source", "quote", "reason");
    private static final List<String> QUOTE_KEYS = List.of("source", "quote", "prefix", "suffix", "occurrence",
            "cites", "according-to", "note");

    private final Path root;
    private final WorkspaceFiles files;
    private final Set<String> sourceIds;
    private final Problems problems;
    private Vocabulary vocabulary = Vocabulary.EMPTY;
    /** False when vocabulary.yaml is missing or has a problem: assertions are then not checked against it. */
    private boolean vocabularyUsable;
    private boolean assertionsRead;
    private final List<Waiver> waivers = new ArrayList<>();

    private ClaimLoader(WorkspaceFiles files, Path root, Set<String> sourceIds, Problems problems) {
        this.files = files;
        this.root = root;
        this.sourceIds = sourceIds;
        this.problems = problems;
    }

    public static ClaimSet load(WorkspaceFiles files, Path root, Path claimsDir, Set<String> sourceIds,
            Problems problems) {
        return new ClaimLoader(files, root, sourceIds, problems).loadDir(claimsDir);
    }

    private ClaimSet loadDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(Paths.display(root, dir), 1, 1, Files.exists(dir)
                    ? "this is a file, not a folder: --claims names the folder of claim files (*.yaml)"
                    : "no such folder: put claim files (*.yaml) here"));
            return new ClaimSet(vocabulary, List.of(), List.of());
        }
        String outside = files.folderRefusal(dir);
        if (outside != null) {
            problems.add(new Problem(Paths.display(root, dir), 1, 1, outside));
            return new ClaimSet(vocabulary, List.of(), List.of());
        }
        Path vocabularyFile = dir.resolve(VOCABULARY);
        boolean vocabularyFound = Files.exists(vocabularyFile, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (vocabularyFound) {
            int before = problems.count();
            parse(vocabularyFile).ifPresent(n -> vocabulary = VocabularyLoader.load(n, problems));
            vocabularyUsable = problems.count() == before;
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Claim> byId = new HashMap<>();
        int beforeClaims = problems.count();
        for (Path file : claimFiles(dir)) {
            parse(file).ifPresent(top -> {
                for (Claim c : claimsOf(top)) {
                    Claim first = byId.putIfAbsent(c.id(), c);
                    if (first == null) claims.add(c);
                    else problems.add(new Problem(c.place().file(), c.place().line(), c.place().column(),
                            "duplicate claim id '" + c.id() + "' (first at " + first.place() + ")"));
                }
            });
        }
        List<Dispute> disputes = List.of();
        Path disputesFile = dir.resolve(DisputeLoader.FILE);
        if (Files.exists(disputesFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // a claim that did not load is not reported again as an unknown claim of every dispute naming it
            Set<String> known = problems.count() == beforeClaims ? byId.keySet() : null;
            disputes = parse(disputesFile).map(n -> new DisputeLoader(known, this::quote, problems).read(n))
                    .orElse(List.of());
        }
        // one line for a missing vocabulary, and none per assertion for the ids it would have defined
        if (!vocabularyFound && assertionsRead) {
            problems.add(new Problem(Paths.display(root, vocabularyFile), 0, 0, "not found; create it with the"
                    + " entities and properties that the claims name ('claimcheck init' writes an empty one; see README,"
                    + " 'Claims')"));
        }
        return new ClaimSet(vocabulary, List.copyOf(claims), List.copyOf(waivers), disputes);
    }

    /** A YAML file of the folder, read only if it is a regular file inside the workspace. */
    private Optional<YNode> parse(Path file) {
        String shown = Paths.display(root, file);
        try {
            return YNode.parse(files.yaml(file), shown, problems);
        } catch (WorkspaceFiles.Refused e) {
            problems.add(new Problem(shown, 1, 1, e.getMessage()));
            return Optional.empty();
        }
    }

    private List<Path> claimFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(VOCABULARY))
                    .filter(p -> !p.getFileName().toString().equals(DisputeLoader.FILE))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(Paths.display(root, dir), 1, 1, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private List<Claim> claimsOf(YNode top) {
        Optional<YMap> file = YMap.of(top, "a claims file", List.of("claims", "waived"), problems);
        if (file.isEmpty()) return List.of();
        for (YNode item : file.get().list("waived", false)) {
            YMap.of(item, "a waiver", WAIVER_KEYS, problems).flatMap(this::waiver).ifPresent(waivers::add);
        }
        List<Claim> out = new ArrayList<>();
        if (file.get().get("claims").isEmpty() && file.get().get("waived").isEmpty()) file.get().require("claims");
        for (YNode item : file.get().list("claims", false)) {
            YMap.of(item, "a claim", CLAIM_KEYS, problems).flatMap(this::claim).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Claim> claim(YMap m) {
        Optional<String> id = Ids.id(m, problems);
        Optional<String> says = m.text("says", true);
        List<Assertion> assertions = new ArrayList<>();
        // a claim without 'assert' records only where something is said (a drafted claim still to complete)
        m.get("assert").ifPresent(a -> {
            assertionsRead = true;
            List<YNode> items = a.isList() ? a.items() : List.of(a);
            if (a.isList() && items.isEmpty()) problems.add(a, "'assert' must hold at least one assertion");
            for (YNode item : items) {
                YMap.of(item, "an assertion", AssertionReader.KEYS, problems)
                        .flatMap(new AssertionReader(vocabularyUsable ? vocabulary : null, sourceIds, problems)::read).ifPresent(assertions::add);
            }
        });
        List<Quote> quotes = new ArrayList<>();
        Optional<YNode> sourcesNode = m.require("sources");
        List<YNode> sourceItems = m.list("sources", false);
        if (sourcesNode.isPresent() && sourcesNode.get().isList() && sourceItems.isEmpty()) {
            problems.add(sourcesNode.get(), "'sources' must list at least one quote");
        }
        for (YNode item : sourceItems) {
            YMap.of(item, "a source quote", QUOTE_KEYS, problems).flatMap(this::quote).ifPresent(quotes::add);
        }
        if (id.isEmpty() || says.isEmpty()) return Optional.empty();
        return Optional.of(new Claim(id.get(), says.get(), List.copyOf(assertions), List.copyOf(quotes),
                Place.of(m.get("id").orElseThrow())));
    }

    private Optional<Waiver> waiver(YMap m) {
        Optional<String> source = source(m);
        Optional<String> quote = m.text("quote", true);
        Optional<String> reason = m.text("reason", true);
        if (source.isEmpty() || quote.isEmpty() || reason.isEmpty()) return Optional.empty();
        return Optional.of(new Waiver(new Quote(source.get(), quote.get(), List.of(),
                Place.of(m.get("quote").orElseThrow())), reason.get()));
    }

    /** The source id of a quote or waiver, when it names a known source (any, when the sources failed to load). */
    private Optional<String> source(YMap m) {
        Optional<String> source = m.text("source", true);
        if (sourceIds == null) return source;
        source.filter(s -> !sourceIds.contains(s)).ifPresent(s -> Ids.checkKnown(m.get("source").orElseThrow(),
                "source", sourceIds, problems));
        return source.filter(sourceIds::contains);
    }

    private Optional<Quote> quote(YMap m) {
        Optional<String> source = source(m);
        Optional<String> quote = m.text("quote", true);
        List<Integer> cites = new ArrayList<>();
        for (YNode c : m.list("cites", false)) {
            Optional<Integer> n = c.wholeNumber(1);
            if (n.isPresent()) cites.add(n.get());
            else problems.add(c, "'cites' must list marker numbers such as 4 (for [4]), not " + c.describe());
        }
        String prefix = m.text("prefix", false).orElse("");
        String suffix = m.text("suffix", false).orElse("");
        int occurrence = 0;
        Optional<YNode> o = m.get("occurrence");
        if (o.isPresent()) {
            occurrence = o.get().wholeNumber(1).orElse(0);
            if (occurrence == 0) problems.add(o.get(), "'occurrence' must be a whole number from 1 (the first place the"
                    + " quote stands in its source), not " + o.get().describe());
        }
        String accordingTo = Attribution.read(m, vocabularyUsable ? vocabulary : null, sourceIds, problems);
        if (source.isEmpty() || quote.isEmpty()) return Optional.empty();
        return Optional.of(new Quote(source.get(), quote.get(), List.copyOf(cites), accordingTo,
                Place.of(m.get("quote").orElseThrow()), prefix, suffix, occurrence));
    }
}
