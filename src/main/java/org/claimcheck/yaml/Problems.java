package org.claimcheck.yaml;

import java.util.ArrayList;
import java.util.List;

/** Collects problems across files so that loading reports all of them, not just the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(YNode at, String message) {
        list.add(new Problem(at.file(), at.line(), at.column(), message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public int count() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Every problem, sorted by place, each once. */
    public List<Problem> sorted() {
        return list.stream().sorted().distinct().toList();
    }

    /** Throws an {@link InputException} with every problem, sorted by place, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(sorted());
        }
    }
}
