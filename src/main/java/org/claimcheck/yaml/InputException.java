package org.claimcheck.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: every problem found, so that a user can fix them all in one pass. The CLI exits 2 on it. */
public class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
