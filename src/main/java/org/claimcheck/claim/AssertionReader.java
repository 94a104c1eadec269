package org.claimcheck.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.time.PartialDate;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/** Reads one assertion: its ids checked against the vocabulary, its value typed by the property, its time. */
final class AssertionReader {
    static final List<String> KEYS = List.of("subject", "property", "value", "unit", "negated", "at", "from", "until",
            "through", "by", "after", "before", "count", "items", "numbered", "parts", "of-which",
            Attribution.KEY, "note");

    private final Vocabulary vocabulary;
    private final Set<String> sourceIds;
    private final Problems problems;

    /** {@code vocabulary} null when it failed to load: then only what does not depend on it is checked. */
    AssertionReader(Vocabulary vocabulary, Set<String> sourceIds, Problems problems) {
        this.vocabulary = vocabulary;
        this.sourceIds = sourceIds;
        this.problems = problems;
    }

    Optional<Assertion> read(YMap m) {
        if (vocabulary == null) {
            // its problem is reported once, at the vocabulary; an "unknown" line per assertion would bury it
            m.text("subject", true);
            m.text("property", true);
            m.bool("negated", false);
            time(m);
            return Optional.empty();
        }
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
        // an event without an object ("a strike in 1905") needs none, where the vocabulary says so
        boolean valueNeeded = !negated && enumeration == null && !property.map(Property::noObject).orElse(false);
        Optional<YNode> valueNode = valueNeeded ? m.require("value") : m.get("value");
        if (valueNode.isPresent() && property.isPresent()) {
            value = value(valueNode.get(), property.get(), m.text("unit", false).orElse(null));
        }
        boolean exhaustive = m.get("of-which").isEmpty();
        List<BigDecimal> parts = parts(m, exhaustive ? "parts" : "of-which", value);
        if (!exhaustive && m.get("parts").isPresent()) {
            problems.add(m.get("of-which").orElseThrow(), "give 'parts' (they make up the total) or 'of-which' (a"
                    + " breakdown that need not), not both");
        }
        String accordingTo = Attribution.read(m, vocabulary, sourceIds, problems);
        TimeSpan time = time(m);
        if (subject.isEmpty() || property.isEmpty() || (value == null && valueNeeded) || time == null) {
            return Optional.empty();
        }
        return Optional.of(new Assertion(subject.get(), property.get().id(), value, negated, time, enumeration, parts,
                exhaustive, accordingTo, Place.of(m.node())));
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
        Optional<Integer> i = n.wholeNumber(0);
        if (i.isPresent()) return i.get();
        problems.add(n, "'" + key + "' must be a whole number from 0 to 2147483647, not " + n.describe());
        return null;
    }

    /** The parts ('parts') or breakdown ('of-which') of a number value, read from {@code key}. */
    private List<BigDecimal> parts(YMap m, String key, Value value) {
        List<BigDecimal> parts = new ArrayList<>();
        for (YNode n : m.list(key, false)) {
            try {
                if (!n.isScalar() || n.isNull()) throw new NumberFormatException();
                parts.add(new BigDecimal(n.text()));
            } catch (NumberFormatException e) {
                problems.add(n, "'" + key + "' must list numbers, not " + n.describe());
            }
        }
        if (!parts.isEmpty() && value != null && !(value instanceof Value.Number)) {
            problems.add(m.get(key).orElseThrow(), "'" + key + "' needs a number 'value' (the total they "
                    + (key.equals("parts") ? "make up" : "are part of") + ")");
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

    private TimeSpan time(YMap m) {
        return Times.read(m, problems);
    }
}
