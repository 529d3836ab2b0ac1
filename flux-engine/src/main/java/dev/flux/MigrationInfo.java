package dev.flux;

import java.time.Instant;

/**
 * One row of {@link Status}: a migration's id, version, description and state, when it was applied
 * ({@code null} when it is not), and a detail in one line, or {@code null}: for a file with a problem, the
 * problem; for a {@link MigrationState#RUNNING RUNNING} migration, who runs it. An {@link MigrationState#INVALID INVALID} file whose name holds no version has a {@code null}
 * version and its file name as id.
 */
public record MigrationInfo(String id, Version version, String description, MigrationState state,
                            Instant appliedAt, String detail) {
    /** A row without a detail. */
    public MigrationInfo(String id, Version version, String description, MigrationState state, Instant appliedAt) {
        this(id, version, description, state, appliedAt, null);
    }
}
