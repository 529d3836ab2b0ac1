package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Version;
import dev.flux.spi.BackendContext;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The PostgreSQL backend of one migrator: a migration session (opened on first use), a lock session
 * holding an advisory lock, the history table in the configured schema, and catalog snapshots. DDL is
 * transactional, so each migration commits together with its history row.
 */
public final class PostgresBackend implements MigrationBackend {
    private final BackendContext context;
    private final PostgresOptions options;
    private final AdvisoryLock lock;
    private Session session;
    private String schema;
    private boolean lockCheckedByLastWrite;

    public PostgresBackend(BackendContext context, PostgresOptions options) {
        this.context = context;
        this.options = options;
        this.lock = new AdvisoryLock(() -> Session.open(context.dataSource(), sessionName(), null),
                options.lockId(), context.lockTimeout());
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public Connection connection() {
        if (session == null) {
            session = Session.open(context.dataSource(), sessionName(), options.schema());
        }
        return session.connection();
    }

    @Override
    public void lock() {
        lock.lock();
    }

    @Override
    public void unlock() {
        lock.unlock();
    }

    /**
     * Checks the lock, unless the history write just before already did in its own round trip: in a
     * transaction, the engine inserts or deletes the migration's row, then checks the lock, then commits.
     */
    @Override
    public void checkLock() {
        if (lockCheckedByLastWrite && lock.held()) {
            lockCheckedByLastWrite = false;
            return;
        }
        lockCheckedByLastWrite = false;
        lock.check();
    }

    @Override
    public boolean historyExists() throws SQLException {
        return history().exists(connection());
    }

    @Override
    public void createHistory() throws SQLException {
        history().create(connection());
    }

    @Override
    public List<HistoryRow> readHistory() throws SQLException {
        return history().read(connection());
    }

    @Override
    public void insertHistory(HistoryRow row) throws SQLException {
        lockCheckedByLastWrite = false;
        if (!lock.held()) {
            history().insert(connection(), row);
        } else if (history().insertWhileHeld(connection(), row, lock)) {
            lockCheckedByLastWrite = true;
        } else {
            throw lockLost();
        }
    }

    @Override
    public void updateHistory(HistoryRow row) throws SQLException {
        lockCheckedByLastWrite = false;
        history().update(connection(), row);
    }

    @Override
    public void updateChecksum(Version version, String id, String checksum) throws SQLException {
        lockCheckedByLastWrite = false;
        history().updateChecksum(connection(), version, id, checksum);
    }

    @Override
    public void deleteHistory(Version version) throws SQLException {
        lockCheckedByLastWrite = false;
        if (!lock.held()) {
            history().delete(connection(), version);
        } else if (history().deleteWhileHeld(connection(), version, lock)) {
            lockCheckedByLastWrite = true;
        } else {
            throw lockLost();
        }
    }

    /** The lock was found lost by a history write: the full check says why. */
    private FluxException lockLost() {
        lock.check();
        return new FluxException(ErrorCode.LOCK, "lost the migration lock: its session no longer holds it. Another"
                + " migrator may be running now, so this one stops; its open migration is rolled back. Run the"
                + " command again.");
    }

    /**
     * Runs one statement exactly as written (no JDBC escape processing). Explains errors that come from
     * running in a transaction, keeping their SQLState.
     */
    @Override
    public void execute(SqlStatement statement) throws SQLException {
        lockCheckedByLastWrite = false;
        Connection c = connection();
        boolean inTransaction = !c.getAutoCommit();
        TransactionAdvice.checkStatement(statement, inTransaction);
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(statement.sql());
        } catch (SQLException e) {
            throw TransactionAdvice.explain(e, inTransaction);
        }
    }

    @Override
    public SchemaSnapshot snapshot() throws SQLException {
        return new CatalogSnapshot(schema(), options.table()).read(context.dataSource());
    }

    /** The configured schema, or else the migration session's current schema. */
    private String schema() throws SQLException {
        if (schema == null) {
            schema = options.schema() != null ? options.schema() : currentSchema();
        }
        return schema;
    }

    private String currentSchema() throws SQLException {
        try (Statement s = connection().createStatement();
             var rs = s.executeQuery("SELECT current_schema(), current_setting('search_path')")) {
            rs.next();
            if (rs.getString(1) == null) {
                throw new FluxException(ErrorCode.CONFIG, "the connection has no current schema: no schema on its "
                        + "search_path (" + rs.getString(2) + ") exists. Set backend.schema in flux.toml (flux "
                        + "creates it if missing), or create the schema, or fix the search_path of the user.");
            }
            return rs.getString(1);
        }
    }

    private HistoryTable history() throws SQLException {
        return new HistoryTable(schema(), options.table());
    }

    private String sessionName() {
        return context.applicationName() + " migrator";
    }

    /** Closes the migration session, then the lock session: the reverse of a command's order. */
    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        lock.close();
    }
}
