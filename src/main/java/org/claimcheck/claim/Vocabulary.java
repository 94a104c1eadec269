package org.claimcheck.claim;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/** The entities and properties that claims refer to by id. */
public record Vocabulary(Map<String, Entity> entities, Map<String, Property> properties) {
    public static final Vocabulary EMPTY = new Vocabulary(Map.of(), Map.of());

    /** An entity's preferred name, or the id itself when the vocabulary does not know it. */
    public String label(String id) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    public Optional<Property> property(String id) {
        return Optional.ofNullable(properties.get(id));
    }

    /**
     * How {@code a} stands for the same party as {@code b}: empty when it does not; "" when they are one entity;
     * otherwise the chain of predecessor, successor and "represents" links, in words, that joins them.
     */
    public Optional<String> sameParty(String a, String b) {
        if (a.equals(b)) return Optional.of("");
        Map<String, String> how = new LinkedHashMap<>();
        Map<String, String> previous = new HashMap<>();
        Queue<String> queue = new ArrayDeque<>();
        queue.add(a);
        previous.put(a, null);
        while (!queue.isEmpty()) {
            String cur = queue.remove();
            if (cur.equals(b)) return Optional.of(explain(b, previous, how));
            Entity e = entities.get(cur);
            if (e == null) continue;
            for (String p : e.predecessors()) visit(cur, p, label(cur) + " succeeded " + label(p), previous, how, queue);
            for (String s : e.successors()) visit(cur, s, label(s) + " succeeded " + label(cur), previous, how, queue);
            if (e.represents() != null) {
                visit(cur, e.represents(), label(cur) + " represents " + label(e.represents()), previous, how, queue);
            }
            for (Entity other : entities.values()) {
                if (other.predecessors().contains(cur)) {
                    visit(cur, other.id(), label(other.id()) + " succeeded " + label(cur), previous, how, queue);
                }
                if (other.successors().contains(cur)) {
                    visit(cur, other.id(), label(cur) + " succeeded " + label(other.id()), previous, how, queue);
                }
                if (cur.equals(other.represents())) {
                    visit(cur, other.id(), label(other.id()) + " represents " + label(cur), previous, how, queue);
                }
            }
        }
        return Optional.empty();
    }

    private static void visit(String from, String to, String why, Map<String, String> previous, Map<String, String> how,
            Queue<String> queue) {
        if (previous.containsKey(to)) return;
        previous.put(to, from);
        how.put(to, why);
        queue.add(to);
    }

    private static String explain(String end, Map<String, String> previous, Map<String, String> how) {
        java.util.LinkedList<String> steps = new java.util.LinkedList<>();
        for (String cur = end; previous.get(cur) != null; cur = previous.get(cur)) steps.addFirst(how.get(cur));
        return String.join("; ", steps);
    }

    public List<Entity> entityList() {
        return List.copyOf(entities.values());
    }
}
