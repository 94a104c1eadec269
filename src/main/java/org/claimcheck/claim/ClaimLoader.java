package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.claimcheck.yaml.Problem;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/**
 * Loads a claims folder: {@code vocabulary.yaml} first, then every other {@code *.yaml} in name order. Every
 * problem is collected with its file:line:col; the caller throws them all at once.
 */
public final class ClaimLoader {
    public static final String VOCABULARY = "vocabulary.yaml";
    private static final List<String> CLAIM_KEYS = List.of("id", "says", "assert", "sources", "note");
    private static final List<String> ASSERT_KEYS = List.of("subject", "property", "value", "unit", "negated", "at",
            "from", "until", "note");
    private static final List<String> QUOTE_KEYS = List.of("source", "quote", "cites", "note");

    private final Path root;
    private final Set<String> sourceIds;
    private final Problems problems;
    private Vocabulary vocabulary = Vocabulary.EMPTY;

    private ClaimLoader(Path root, Set<String> sourceIds, Problems problems) {
        this.root = root;
        this.sourceIds = sourceIds;
        this.problems = problems;
    }

    public static ClaimSet load(Path root, Path claimsDir, Set<String> sourceIds, Problems problems) {
        return new ClaimLoader(root, sourceIds, problems).loadDir(claimsDir);
    }

    private ClaimSet loadDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(Paths.display(root, dir), 1, 1, "no such folder: put claim files (*.yaml) here"));
            return new ClaimSet(vocabulary, List.of());
        }
        Path vocabularyFile = dir.resolve(VOCABULARY);
        if (Files.isRegularFile(vocabularyFile)) {
            YNode.parse(vocabularyFile, Paths.display(root, vocabularyFile), problems)
                    .ifPresent(n -> vocabulary = VocabularyLoader.load(n, problems));
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Claim> byId = new HashMap<>();
        for (Path file : claimFiles(dir)) {
            YNode.parse(file, Paths.display(root, file), problems).ifPresent(top -> {
                for (Claim c : claimsOf(top)) {
                    Claim first = byId.putIfAbsent(c.id(), c);
                    if (first == null) claims.add(c);
                    else problems.add(new Problem(c.place().file(), c.place().line(), c.place().column(),
                            "duplicate claim id '" + c.id() + "' (first at " + first.place() + ")"));
                }
            });
        }
        return new ClaimSet(vocabulary, List.copyOf(claims));
    }

    private List<Path> claimFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(VOCABULARY))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(Paths.display(root, dir), 1, 1, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private List<Claim> claimsOf(YNode top) {
        Optional<YMap> file = YMap.of(top, "a claims file", List.of("claims"), problems);
        if (file.isEmpty()) return List.of();
        List<Claim> out = new ArrayList<>();
        for (YNode item : file.get().list("claims", true)) {
            YMap.of(item, "a claim", CLAIM_KEYS, problems).flatMap(this::claim).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Claim> claim(YMap m) {
        Optional<String> id = Ids.id(m, problems);
        Optional<String> says = m.text("says", true);
        List<Assertion> assertions = new ArrayList<>();
        m.require("assert").ifPresent(a -> {
            List<YNode> items = a.isList() ? a.items() : List.of(a);
            if (a.isList() && items.isEmpty()) problems.add(a, "'assert' must hold at least one assertion");
            for (YNode item : items) {
                YMap.of(item, "an assertion", ASSERT_KEYS, problems).flatMap(this::assertion).ifPresent(assertions::add);
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

    private Optional<Assertion> assertion(YMap m) {
        Optional<String> subject = m.text("subject", true);
        subject.ifPresent(s -> Ids.checkEntity(m.get("subject").orElseThrow(), vocabulary, problems));
        Optional<Property> property = m.text("property", true).flatMap(p -> {
            YNode node = m.get("property").orElseThrow();
            return Ids.checkKnown(node, "property", vocabulary.properties().keySet(), problems)
                    ? vocabulary.property(p) : Optional.empty();
        });
        boolean negated = m.bool("negated", false);
        Value value = null;
        Optional<YNode> valueNode = negated ? m.get("value") : m.require("value");
        if (valueNode.isPresent() && property.isPresent()) {
            value = value(valueNode.get(), property.get(), m.text("unit", false).orElse(null));
        }
        TimeSpan time = time(m);
        if (subject.isEmpty() || property.isEmpty() || (value == null && !negated) || time == null) {
            return Optional.empty();
        }
        return Optional.of(new Assertion(subject.get(), property.get().id(), value, negated, time, Place.of(m.node())));
    }

    private Value value(YNode node, Property property, String unit) {
        if (!node.isScalar() || node.isNull()) {
            problems.add(node, "'value' must be a single " + property.type().id() + ", not " + node.describe());
            return null;
        }
        String text = node.text();
        switch (property.type()) {
            case DATE:
                return Dates.date(node, "value", problems).map(Value.Date::new).orElse(null);
            case ENTITY:
                return Ids.checkEntity(node, vocabulary, problems) ? new Value.Entity(text) : null;
            case NUMBER:
                try {
                    return new Value.Number(new BigDecimal(text.replace(",", "")), unit);
                } catch (NumberFormatException e) {
                    problems.add(node, "'value' of '" + property.id() + "' must be a number, not " + node.describe());
                    return null;
                }
            default:
                return new Value.Text(text);
        }
    }

    /** The assertion's time; null (problem added) when it is malformed. */
    private TimeSpan time(YMap m) {
        int before = problems.count();
        PartialDate at = Dates.date(m, "at", problems).orElse(null);
        PartialDate from = Dates.date(m, "from", problems).orElse(null);
        PartialDate until = Dates.date(m, "until", problems).orElse(null);
        if (problems.count() > before) return null;
        if (at != null && (from != null || until != null)) {
            problems.add(m.get("at").orElseThrow(), "give either 'at' or 'from'/'until', not both");
            return null;
        }
        if (from != null && until != null && !from.first().isBefore(until.first())) {
            problems.add(m.get("until").orElseThrow(), "'until' " + until + " must come after 'from' " + from);
            return null;
        }
        return new TimeSpan(at, from, until);
    }

    private Optional<Quote> quote(YMap m) {
        Optional<String> source = m.text("source", true);
        source.filter(s -> !sourceIds.contains(s)).ifPresent(s -> Ids.checkKnown(m.get("source").orElseThrow(),
                "source", sourceIds, problems));
        Optional<String> quote = m.text("quote", true);
        List<Integer> cites = new ArrayList<>();
        for (YNode c : m.list("cites", false)) {
            if (c.isInt() && Integer.parseInt(c.text()) > 0) cites.add(Integer.parseInt(c.text()));
            else problems.add(c, "'cites' must list marker numbers such as 4 (for [4]), not " + c.describe());
        }
        if (source.isEmpty() || quote.isEmpty() || !sourceIds.contains(source.get())) return Optional.empty();
        return Optional.of(new Quote(source.get(), quote.get(), List.copyOf(cites), Place.of(m.get("quote").orElseThrow())));
    }
}
