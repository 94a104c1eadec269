package org.claimcheck.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping read against the keys it may hold. Unknown and duplicate keys are reported on creation,
 * missing and mistyped values when asked for, each at the node that is wrong.
 */
public final class YMap {
    private final YNode node;
    private final String what;
    private final Problems problems;
    private final Map<String, YNode> values = new LinkedHashMap<>();

    private YMap(YNode node, String what, Problems problems) {
        this.node = node;
        this.what = what;
        this.problems = problems;
    }

    /** Reads {@code node} as a mapping with the given keys; empty (problem added) if it is not a mapping. */
    public static Optional<YMap> of(YNode node, String what, Collection<String> allowedKeys, Problems problems) {
        if (!node.isMap()) {
            problems.add(node, what + " must be a mapping, not " + node.describe());
            return Optional.empty();
        }
        YMap map = new YMap(node, what, problems);
        for (Map.Entry<YNode, YNode> e : node.entries()) {
            YNode key = e.getKey();
            String name = key.isScalar() ? key.text() : null;
            if (name == null) {
                problems.add(key, "keys of " + what + " must be plain names");
            } else if (map.values.containsKey(name)) {
                problems.add(key, "duplicate key '" + name + "' in " + what + " (first at line "
                        + map.values.get(name).line() + ")");
            } else if (!allowedKeys.contains(name)) {
                problems.add(key, "unknown key '" + name + "' in " + what + suggestion(name, allowedKeys)
                        + "; allowed: " + String.join(", ", allowedKeys));
            } else {
                map.values.put(name, e.getValue());
            }
        }
        return Optional.of(map);
    }

    private static String suggestion(String name, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = org.claimcheck.text.EditDistance.levenshtein(name, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    public YNode node() {
        return node;
    }

    public Optional<YNode> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a key that must be present; empty, with a problem at the mapping, when it is missing. */
    public Optional<YNode> require(String key) {
        YNode v = values.get(key);
        if (v == null) {
            problems.add(node, what + " is missing '" + key + "'");
        }
        return Optional.ofNullable(v);
    }

    /** A text value; numbers and other scalars are accepted as their written text (ids like 1921 are text). */
    public Optional<String> text(String key, boolean required) {
        Optional<YNode> v = required ? require(key) : get(key);
        if (v.isEmpty()) return Optional.empty();
        YNode n = v.get();
        if (!n.isScalar() || n.isNull() || n.text().isBlank()) {
            problems.add(n, "'" + key + "' in " + what + " must be text, not " + n.describe());
            return Optional.empty();
        }
        return Optional.of(n.text());
    }

    public boolean bool(String key, boolean fallback) {
        Optional<YNode> v = get(key);
        if (v.isEmpty()) return fallback;
        if (!v.get().isBool()) {
            problems.add(v.get(), "'" + key + "' in " + what + " must be true or false, not " + v.get().describe());
            return fallback;
        }
        return Boolean.parseBoolean(v.get().text().toLowerCase(java.util.Locale.ROOT));
    }

    /** A list value (a single scalar is not accepted: lists are written as lists). */
    public List<YNode> list(String key, boolean required) {
        Optional<YNode> v = required ? require(key) : get(key);
        if (v.isEmpty()) return List.of();
        if (!v.get().isList()) {
            problems.add(v.get(), "'" + key + "' in " + what + " must be a list, not " + v.get().describe());
            return List.of();
        }
        return new ArrayList<>(v.get().items());
    }
}
