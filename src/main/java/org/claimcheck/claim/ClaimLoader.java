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
            "from", "until", "count", "items", "numbered", "parts", "note");
    private static final List<String> WAIVER_KEYS = List.of("source", "quote", "reason");
    private static final List<String> QUOTE_KEYS = List.of("source", "quote", "cites", "note");

    private final Path root;
    private final Set<String> sourceIds;
    private final Problems problems;
    private Vocabulary vocabulary = Vocabulary.EMPTY;
    private final List<Waiver> waivers = new ArrayList<>();

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
            return new ClaimSet(vocabulary, List.of(), List.of());
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
        return new ClaimSet(vocabulary, List.copyOf(claims), List.copyOf(waivers));
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
        Enumeration enumeration = property.map(p -> enumeration(m, p)).orElse(null);
        Value value = null;
        boolean valueNeeded = !negated && enumeration == null;
        Optional<YNode> valueNode = valueNeeded ? m.require("value") : m.get("value");
        if (valueNode.isPresent() && property.isPresent()) {
            value = value(valueNode.get(), property.get(), m.text("unit", false).orElse(null));
        }
        List<BigDecimal> parts = parts(m, value);
        TimeSpan time = time(m);
        if (subject.isEmpty() || property.isEmpty() || (value == null && valueNeeded) || time == null) {
            return Optional.empty();
        }
        return Optional.of(new Assertion(subject.get(), property.get().id(), value, negated, time, enumeration, parts,
                Place.of(m.node())));
    }

    /** count, items and numbered, when any is given; items are typed like values of the property. */
    private Enumeration enumeration(YMap m, Property property) {
        if (m.get("count").isEmpty() && m.get("items").isEmpty() && m.get("numbered").isEmpty()) return null;
        Integer count = m.get("count").map(n -> positiveInt(n, "count")).orElse(null);
        List<Value> items = new ArrayList<>();
        for (YNode item : m.list("items", false)) {
            Value v = value(item, property, null);
            if (v != null) items.add(v);
        }
        List<Integer> numbered = new ArrayList<>();
        for (YNode n : m.list("numbered", false)) {
            Integer i = positiveInt(n, "numbered");
            if (i != null) numbered.add(i);
        }
        return new Enumeration(count, List.copyOf(items), List.copyOf(numbered));
    }

    private Integer positiveInt(YNode n, String key) {
        if (n.isInt() && Integer.parseInt(n.text()) >= 0) return Integer.parseInt(n.text());
        problems.add(n, "'" + key + "' must be a whole number, not " + n.describe());
        return null;
    }

    private List<BigDecimal> parts(YMap m, Value value) {
        List<BigDecimal> parts = new ArrayList<>();
        for (YNode n : m.list("parts", false)) {
            try {
                if (!n.isScalar() || n.isNull()) throw new NumberFormatException();
                parts.add(new BigDecimal(n.text()));
            } catch (NumberFormatException e) {
                problems.add(n, "'parts' must list numbers, not " + n.describe());
            }
        }
        if (!parts.isEmpty() && value != null && !(value instanceof Value.Number)) {
            problems.add(m.get("parts").orElseThrow(), "'parts' needs a number 'value' (the total they make up)");
        }
        return List.copyOf(parts);
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

    private Optional<Waiver> waiver(YMap m) {
        Optional<String> source = source(m);
        Optional<String> quote = m.text("quote", true);
        Optional<String> reason = m.text("reason", true);
        if (source.isEmpty() || quote.isEmpty() || reason.isEmpty()) return Optional.empty();
        return Optional.of(new Waiver(new Quote(source.get(), quote.get(), List.of(),
                Place.of(m.get("quote").orElseThrow())), reason.get()));
    }

    /** The source id of a quote or waiver, when it names a known source. */
    private Optional<String> source(YMap m) {
        Optional<String> source = m.text("source", true);
        source.filter(s -> !sourceIds.contains(s)).ifPresent(s -> Ids.checkKnown(m.get("source").orElseThrow(),
                "source", sourceIds, problems));
        return source.filter(sourceIds::contains);
    }

    private Optional<Quote> quote(YMap m) {
        Optional<String> source = source(m);
        Optional<String> quote = m.text("quote", true);
        List<Integer> cites = new ArrayList<>();
        for (YNode c : m.list("cites", false)) {
            if (c.isInt() && Integer.parseInt(c.text()) > 0) cites.add(Integer.parseInt(c.text()));
            else problems.add(c, "'cites' must list marker numbers such as 4 (for [4]), not " + c.describe());
        }
        if (source.isEmpty() || quote.isEmpty()) return Optional.empty();
        return Optional.of(new Quote(source.get(), quote.get(), List.copyOf(cites), Place.of(m.get("quote").orElseThrow())));
    }
}
