package dev.flux.h2.internal;

import dev.flux.spi.AbstractMigrationBackend;
import dev.flux.spi.BackendContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The H2 backend of one migrator, whose DDL commits implicitly: a work connection, opened on first use, for migrations and history
 * writes, the {@link H2Lock} on a second connection of its own, the {@link H2History} and the
 * {@link SnapshotReader}. When the {@code schema} option is set, the work connection's current schema is
 * set to it as soon as it exists (on opening, or when the history created it), as with Flyway's default
 * schema. When this process hosts the database for others ({@code AUTO_SERVER=TRUE}), closing waits for
 * those at work ({@link Guests}).
 */
public final class H2Backend extends AbstractMigrationBackend {
    private final BackendContext context;
    private Connection work;
    /** Whether the database of {@link #work} is in memory; read once per work connection. */
    private boolean inMemory;

    public H2Backend(BackendContext context) {
        super(new H2Lock(context), new H2History(context), new SnapshotReader(context));
        this.context = context;
    }

    /** False for an embedded in-memory database ({@code jdbc:h2:mem:}), which ends with this process. */
    @Override
    public boolean outlivesProcess() throws SQLException {
        connection();
        return !inMemory;
    }

    @Override
    public Connection connection() throws SQLException {
        if (work == null || work.isClosed()) {
            work = context.dataSource().getConnection();
            inMemory = work.getMetaData().getURL().regionMatches(true, 0, "jdbc:h2:mem:", 0, 12);
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
    protected void closeConnection() {
        if (work != null) {
            Guests.letFinish(work, context.lockTimeout());
            try {
                work.close();
            } catch (SQLException e) {
                // closing is best effort
            }
            work = null;
        }
    }
}
