package org.claimcheck.claim;

import org.claimcheck.time.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/** Reads {@code vocabulary.yaml}: entities and properties, checking that every link names a known entity. */
final class VocabularyLoader {
    private static final List<String> ENTITY_KEYS = List.of("id", "name", "variants", "kind", "from", "until",
            "predecessors", "successors", "represents", "basis", "note");
    private static final List<String> PROPERTY_KEYS = List.of("id", "label", "type", "single", "symmetric",
            "exclusive", "object", "existence", "time-is", "note");

    private VocabularyLoader() {
    }

    static Vocabulary load(YNode root, Problems problems) {
        Optional<YMap> file = YMap.of(root, "the vocabulary file", List.of("entities", "properties"), problems);
        if (file.isEmpty()) return Vocabulary.EMPTY;
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (YNode item : file.get().list("entities", false)) {
            YMap.of(item, "an entity", ENTITY_KEYS, problems).flatMap(m -> entity(m, problems)).ifPresent(e -> {
                Entity first = entities.putIfAbsent(e.id(), e);
                if (first != null) problems.add(item, "duplicate entity id '" + e.id() + "' (first at line " + first.place().line() + ")");
            });
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        for (YNode item : file.get().list("properties", false)) {
            YMap.of(item, "a property", PROPERTY_KEYS, problems).flatMap(m -> property(m, problems)).ifPresent(p -> {
                Property first = properties.putIfAbsent(p.id(), p);
                if (first != null) problems.add(item, "duplicate property id '" + p.id() + "' (first at line " + first.place().line() + ")");
            });
        }
        Vocabulary vocabulary = new Vocabulary(Map.copyOf(entities), Map.copyOf(properties));
        for (YNode item : file.get().list("properties", false)) {
            YMap.of(item, "a property", PROPERTY_KEYS, new Problems()).ifPresent(m -> {
                for (YNode v : m.list("exclusive", false)) {
                    if (v.isScalar() && !v.isNull()) Ids.checkKnown(v, "property", properties.keySet(), problems);
                }
            });
        }
        for (YNode item : file.get().list("entities", false)) {
            YMap.of(item, "an entity", ENTITY_KEYS, new Problems()).ifPresent(m -> checkLinks(m, vocabulary, problems));
        }
        return new Vocabulary(entities, properties);
    }

    private static Optional<Entity> entity(YMap m, Problems problems) {
        Optional<String> id = Ids.id(m, problems);
        Optional<String> name = m.text("name", true);
        List<String> variants = new ArrayList<>();
        for (YNode v : m.list("variants", false)) {
            if (v.isScalar() && !v.isNull()) variants.add(v.text());
            else problems.add(v, "a variant must be a name, not " + v.describe());
        }
        PartialDate from = Dates.date(m, "from", problems).orElse(null);
        PartialDate until = Dates.date(m, "until", problems).orElse(null);
        if (from != null && until != null && until.first().isBefore(from.first())) {
            problems.add(m.get("until").orElseThrow(), "'until' " + until + " is before 'from' " + from);
        }
        List<String> predecessors = texts(m, "predecessors", problems);
        List<String> successors = texts(m, "successors", problems);
        String represents = m.text("represents", false).orElse(null);
        if (id.isEmpty() || name.isEmpty()) return Optional.empty();
        return Optional.of(new Entity(id.get(), name.get(), List.copyOf(variants), m.text("kind", false).orElse(""),
                from, until, predecessors, successors, represents, m.text("basis", false).orElse(null),
                org.claimcheck.claim.Place.of(m.node())));
    }

    private static List<String> texts(YMap m, String key, Problems problems) {
        List<String> out = new ArrayList<>();
        for (YNode v : m.list(key, false)) {
            if (v.isScalar() && !v.isNull()) out.add(v.text());
            else problems.add(v, "'" + key + "' must list ids, not " + v.describe());
        }
        return List.copyOf(out);
    }

    private static void checkLinks(YMap m, Vocabulary vocabulary, Problems problems) {
        for (String key : List.of("predecessors", "successors")) {
            for (YNode v : m.list(key, false)) {
                if (v.isScalar() && !v.isNull()) Ids.checkEntity(v, vocabulary, problems);
            }
        }
        m.get("represents").filter(YNode::isScalar).ifPresent(v -> Ids.checkEntity(v, vocabulary, problems));
    }

    private static Optional<Property> property(YMap m, Problems problems) {
        Optional<String> id = Ids.id(m, problems);
        Optional<String> typeName = m.text("type", true);
        ValueType type = null;
        if (typeName.isPresent()) {
            for (ValueType t : ValueType.values()) if (t.id().equals(typeName.get())) type = t;
            if (type == null) {
                problems.add(m.get("type").orElseThrow(), "unknown property type '" + typeName.get()
                        + "': use date, entity, number or text");
            }
        }
        boolean single = m.bool("single", false);
        boolean symmetric = m.bool("symmetric", false);
        List<String> exclusive = texts(m, "exclusive", problems);
        boolean noObject = oneOf(m, "object", List.of("none"), problems) != null;
        String existence = oneOf(m, "existence", List.of("starts", "ends"), problems);
        boolean timeIsValueStart = oneOf(m, "time-is", List.of("value-start"), problems) != null;
        if (timeIsValueStart && type != null && type != ValueType.ENTITY) {
            problems.add(m.get("time-is").orElseThrow(), "'time-is: value-start' needs an entity property (type: entity)");
        }
        if (id.isEmpty() || type == null) return Optional.empty();
        return Optional.of(new Property(id.get(), m.text("label", false).orElse(id.get()), type, single, symmetric,
                exclusive, noObject, existence, timeIsValueStart, org.claimcheck.claim.Place.of(m.node())));
    }

    /** The value of an optional key that takes one of a few words; null (problem added when it is another). */
    private static String oneOf(YMap m, String key, List<String> words, Problems problems) {
        String word = m.text(key, false).orElse(null);
        if (word == null || words.contains(word)) return word;
        problems.add(m.get(key).orElseThrow(), "'" + key + "' must be " + String.join(" or ", words) + ", not \"" + word + "\"");
        return null;
    }
}
