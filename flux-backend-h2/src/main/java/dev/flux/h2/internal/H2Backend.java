package dev.flux.h2.internal;

import dev.flux.spi.BackendContext;
import dev.flux.spi.History;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import dev.flux.spi.SchemaReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The H2 backend of one migrator: a work connection, opened on first use, for migrations and history
 * writes, the {@link H2Lock} on a second connection of its own, the {@link H2History} and the
 * {@link SnapshotReader}. When the {@code schema} option is set, the work connection's current schema is
 * set to it as soon as it exists (on opening, or when the history created it), as with Flyway's default
 * schema.
 */
public final class H2Backend implements MigrationBackend {
    private final BackendContext context;
    private final H2Lock lock;
    private final H2History history;
    private final SnapshotReader snapshots;
    private Connection work;

    public H2Backend(BackendContext context) {
        this.context = context;
        this.lock = new H2Lock(context);
        this.history = new H2History(context);
        this.snapshots = new SnapshotReader(context);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public Connection connection() throws SQLException {
        if (work == null || work.isClosed()) {
            work = context.dataSource().getConnection();
            FluxTables t = FluxTables.of(work, context);
            if (t.schemaConfigured() && Ddl.schemaExists(work, t.schema())) {
                try (Statement s = work.createStatement()) {
                    s.execute("SET SCHEMA " + t.schemaSql());
                }
            }
        }
        return work;
    }

    @Override
    public MigrationLock migrationLock() {
        return lock;
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public SchemaReader schemaReader() {
        return snapshots;
    }

    @Override
    public void close() {
        lock.close();
        history.close();
        if (work != null) {
            try {
                work.close();
            } catch (SQLException e) {
                // closing is best effort
            }
            work = null;
        }
    }
}
