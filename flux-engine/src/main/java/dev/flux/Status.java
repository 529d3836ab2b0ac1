package dev.flux;

import java.util.List;

/**
 * The state of every migration, in version order, and the version the database is at ({@link Version#ZERO}
 * when nothing is applied).
 */
public record Status(List<MigrationInfo> migrations, Version currentVersion) {
    public Status {
        migrations = List.copyOf(migrations);
    }

    /** The migrations in the given state. */
    public List<MigrationInfo> in(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }
}
