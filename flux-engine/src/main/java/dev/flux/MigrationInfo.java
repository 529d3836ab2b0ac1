package dev.flux;

import java.time.Instant;

/**
 * One row of {@link Status}: a migration's id, version, description and state, and when it was applied
 * ({@code null} when it is not).
 */
public record MigrationInfo(String id, Version version, String description, MigrationState state,
                            Instant appliedAt) {
}
