package org.claimcheck.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A YAML node that knows its file, line and column (1-based), so every message can point at it. */
public final class YNode {
    private final Node node;
    private final String file;

    private YNode(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    /** Claim files nest a few levels; far deeper ones are hostile or broken, and would exhaust the stack. */
    static final int MAX_DEPTH = 64;
    /** Longest line read: a claim's quote is a sentence or two. */
    static final int MAX_LINE = 20_000;
    /**
     * Most aliases of lists and mappings in one file: each is a copy of what it names, so a few dozen nested
     * ones make billions of nodes (the "billion laughs"); hand-written claims need few or none.
     */
    static final int MAX_ALIASES = 50;
    private static final String TOO_DEEP = "nested more than " + MAX_DEPTH + " levels deep: claim and source files"
            + " need a few; check the brackets and indentation";

    /** Parses one YAML document; an empty one is reported, since every input file must hold something. */
    public static Optional<YNode> parse(String text, String displayName, Problems problems) {
        int from = 0;
        for (int line = 1; from <= text.length(); line++) {
            int end = text.indexOf('\n', from);
            if (end < 0) end = text.length();
            if (end - from > MAX_LINE) {
                // the YAML reader rescans a long line for every token: time grows with the square of its length
                problems.add(new Problem(displayName, line, MAX_LINE + 1, "line longer than " + MAX_LINE
                        + " characters: break it (YAML folds a scalar's lines) or quote less"));
                return Optional.empty();
            }
            from = end + 1;
        }
        int[] bracket = flowTooDeep(text);
        if (bracket != null) {
            problems.add(new Problem(displayName, bracket[0], bracket[1], TOO_DEEP));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(MAX_ALIASES).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(new Problem(displayName, 1, 1, "file is empty"));
            }
            Optional<Node> deep = root.flatMap(YNode::tooDeep);
            if (deep.isPresent()) {
                YNode at = new YNode(deep.get(), displayName);
                problems.add(new Problem(displayName, at.line(), at.column(), TOO_DEEP));
                return Optional.empty();
            }
            return root.map(n -> new YNode(n, displayName));
        } catch (StackOverflowError e) {
            // the YAML reader recurses once per level: a file of a thousand '[' ends here, not in a crash
            problems.add(new Problem(displayName, 1, 1, TOO_DEEP));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? 1 : mark.getLine() + 1;
            int col = mark == null ? 1 : mark.getColumn() + 1;
            String what = e.getProblem() == null ? "syntax error" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContextMark()
                    .map(m -> ", " + e.getContext() + " that starts at line " + (m.getLine() + 1) + ", column "
                            + (m.getColumn() + 1))
                    .orElse(", " + e.getContext());
            problems.add(new Problem(displayName, line, col, "YAML syntax error: " + what + context));
        } catch (YamlEngineException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Number of aliases")) {
                problems.add(new Problem(displayName, 1, 1, "more than " + MAX_ALIASES + " aliases (*name) of lists"
                        + " or mappings: write the values out instead"));
                return Optional.empty();
            }
            problems.add(new Problem(displayName, 1, 1, "YAML error: " + e.getMessage().lines().findFirst().orElse("")));
        }
        return Optional.empty();
    }

    /**
     * Line and column of the first '[' or '{' nested deeper than {@link #MAX_DEPTH}, or null: the YAML reader
     * recurses once per level, so a line of a thousand brackets is refused before it is parsed (quoted text and
     * comments are skipped).
     */
    private static int[] flowTooDeep(String text) {
        int depth = 0, line = 1, lineStart = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                if (quote == '\'') quote = 0;
            } else if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == lineStart || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) return new int[] {line, i - lineStart + 1};
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return null;
    }

    /** The first node nested deeper than {@link #MAX_DEPTH}, found without recursion. */
    private static Optional<Node> tooDeep(Node root) {
        java.util.ArrayDeque<java.util.Map.Entry<Node, Integer>> todo = new java.util.ArrayDeque<>();
        todo.push(java.util.Map.entry(root, 1));
        while (!todo.isEmpty()) {
            var e = todo.pop();
            if (e.getValue() > MAX_DEPTH) return Optional.of(e.getKey());
            if (e.getKey() instanceof SequenceNode seq) {
                seq.getValue().forEach(n -> todo.push(java.util.Map.entry(n, e.getValue() + 1)));
            } else if (e.getKey() instanceof MappingNode map) {
                map.getValue().forEach(t -> {
                    todo.push(java.util.Map.entry(t.getKeyNode(), e.getValue() + 1));
                    todo.push(java.util.Map.entry(t.getValueNode(), e.getValue() + 1));
                });
            }
        }
        return Optional.empty();
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    public int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** A scalar's text as written (without quotes); null for a mapping or a list. */
    public String text() {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** True for a plain or quoted scalar that YAML resolves to a string (not a number, bool or null). */
    public boolean isString() {
        return isScalar() && node.getTag().equals(Tag.STR);
    }

    public boolean isInt() {
        return isScalar() && node.getTag().equals(Tag.INT);
    }

    /**
     * The whole number this scalar holds when it is a plain decimal integer from {@code min} to
     * Integer.MAX_VALUE; empty for anything else (text, a fraction, 0x1F, a number too large for the checker).
     */
    public java.util.Optional<Integer> wholeNumber(int min) {
        if (!isInt() || !text().matches("[-+]?\\d{1,10}")) return java.util.Optional.empty();
        long n = Long.parseLong(text());
        return n >= min && n <= Integer.MAX_VALUE ? java.util.Optional.of((int) n) : java.util.Optional.empty();
    }

    public boolean isBool() {
        return isScalar() && node.getTag().equals(Tag.BOOL);
    }

    public boolean isNull() {
        return isScalar() && node.getTag().equals(Tag.NULL);
    }

    /** What this node is, for messages: "a list", "a mapping", "a number", "text", ... */
    public String describe() {
        if (isMap()) return "a mapping";
        if (isList()) return "a list";
        if (isNull()) return "empty";
        if (isBool()) return "true/false";
        if (isInt() || node.getTag().equals(Tag.FLOAT)) return "the number " + text();
        return "\"" + text() + "\"";
    }

    public List<YNode> items() {
        List<YNode> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) out.add(new YNode(n, file));
        }
        return out;
    }

    /** The key/value pairs of a mapping in file order, duplicates included (the caller reports them). */
    public List<Map.Entry<YNode, YNode>> entries() {
        List<Map.Entry<YNode, YNode>> out = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                out.add(Map.entry(new YNode(t.getKeyNode(), file), new YNode(t.getValueNode(), file)));
            }
        }
        return out;
    }
}
