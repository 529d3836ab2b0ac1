package dev.flux;

import dev.flux.spi.SqlStatement;
import java.util.List;

/**
 * One step of a run or a {@link Plan}: a migration applied or undone, or a repeatable script, with the
 * statements it runs. {@code file} is relative to the migration directory, or the Java class name.
 */
public record Step(StepKind kind, String id, String file, List<SqlStatement> statements) {
    public Step {
        statements = List.copyOf(statements);
    }
}
