package dev.flux;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when validation finds problems; it lists all of them, each with its own code, where it is and how
 * to fix it. Its own {@link #code()} is that of the first problem; its {@link #where()} and {@link #fix()}
 * are those of the problem when there is only one, and empty otherwise.
 */
public class ValidationException extends FluxException {
    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.get(0).code(), describe(problems), problems.size() == 1 ? problems.get(0) : null);
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
