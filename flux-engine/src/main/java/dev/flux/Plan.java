package dev.flux;

import java.util.List;

/**
 * What a command would do, computed without changing anything: the steps in order, each with its exact
 * statements, and the version before and after.
 */
public record Plan(Version fromVersion, Version toVersion, List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    /** Whether the command would change nothing. */
    public boolean isEmpty() {
        return steps.stream().noneMatch(s -> s.kind() == StepKind.APPLY || s.kind() == StepKind.UNDO);
    }
}
