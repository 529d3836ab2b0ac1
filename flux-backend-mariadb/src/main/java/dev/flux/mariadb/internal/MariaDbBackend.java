package dev.flux.mariadb.internal;

import dev.flux.spi.AbstractMigrationBackend;
import dev.flux.spi.BackendContext;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB backend of one migrator: a migration session (opened on first use, switched to the
 * {@code schema} database when that is set), the {@link GetLock} on a lock session, the {@link MariaDbHistory}
 * and {@link SnapshotReader}s. DDL commits implicitly here, so every migration follows the running-row
 * protocol: the engine commits a running history row first and counts completed statements.
 */
public final class MariaDbBackend extends AbstractMigrationBackend {
    private final BackendContext context;
    private final MariaDbOptions options;
    private final GetLock lock;
    private Session session;

    public MariaDbBackend(BackendContext context, MariaDbOptions options) {
        this(context, options, new GetLock(() -> Session.open(context.dataSource(), context.secrets()),
                options.schema(), options.table(), context.lockTimeout(), context.secrets()));
    }

    private MariaDbBackend(BackendContext context, MariaDbOptions options, GetLock lock) {
        this(context, options, lock, new MariaDbHistory(options, lock));
    }

    private MariaDbBackend(BackendContext context, MariaDbOptions options, GetLock lock, MariaDbHistory history) {
        super(lock, history, new SnapshotReader(options));
        this.context = context;
        this.options = options;
        this.lock = lock;
        history.whenDatabaseCreated(this::databaseCreated);
    }

    @Override
    public Connection connection() throws SQLException {
        if (session == null) {
            Session opened = Session.open(context.dataSource(), context.secrets());
            try {
                if (options.schema() != null) {
                    opened.use(options.schema()); // a missing database is created with the history table
                }
            } catch (SQLException | RuntimeException e) {
                opened.close();
                throw e;
            }
            session = opened;
        }
        return session.connection();
    }

    /** Switches the migration session to the database that creating the history table has just created. */
    private void databaseCreated(Connection c) {
        if (session != null && session.connection() == c) {
            try {
                session.use(options.schema());
            } catch (SQLException e) {
                throw new IllegalStateException(context.secrets().scrub(e.getMessage()), e);
            }
        }
    }

    /** Runs one statement exactly as written (no JDBC escape processing). */
    @Override
    public void execute(SqlStatement statement) throws SQLException {
        lock.afterWrite(false);
        try (Statement s = connection().createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(statement.sql());
        }
    }

    @Override
    protected void closeConnection() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
