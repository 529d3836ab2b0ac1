package dev.flux;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when validation finds problems; it lists all of them, each with its own code. */
public class ValidationException extends FluxException {
    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.get(0).code(), describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in a stable order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "validation found " + count + ":" + problems.stream()
                .map(p -> "\n  - " + p)
                .collect(Collectors.joining());
    }
}
