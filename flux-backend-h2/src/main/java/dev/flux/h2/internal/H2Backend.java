package dev.flux.h2.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Version;
import dev.flux.spi.BackendContext;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The H2 backend of one migrator: a work connection, opened on first use, for migrations and history
 * writes, and a second connection that holds the {@link MigrationLock} while one is taken. When the
 * {@code schema} option is set, the work connection's current schema is set to it as soon as it exists
 * (on opening, or after {@link #createHistory()} created it), as with Flyway's default schema. The lock
 * creates the schema and its lock table itself, so it never depends on the history table.
 */
public final class H2Backend implements MigrationBackend {
    private final BackendContext context;
    private final MigrationLock lock;
    private Connection work;
    private FluxTables tables;
    private HistoryTable history;
    private boolean historySeen;

    public H2Backend(BackendContext context) {
        this.context = context;
        this.lock = new MigrationLock(context.lockTimeout(), context.applicationName());
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public Connection connection() throws SQLException {
        if (work == null || work.isClosed()) {
            work = context.dataSource().getConnection();
            FluxTables t = tables(work);
            if (t.schemaConfigured() && Ddl.schemaExists(work, t.schema())) {
                useSchema(work, t);
            }
        }
        return work;
    }

    @Override
    public void lock() {
        if (lock.held()) {
            return;
        }
        Connection c = lock.idleConnection();
        try {
            c = c != null ? c : context.dataSource().getConnection();
        } catch (SQLException e) {
            throw new FluxException(ErrorCode.CONNECT, "could not open the connection that holds the migration"
                    + " lock: " + firstLine(e) + ". Check the URL, user and password, and that the database"
                    + " is reachable.");
        }
        try {
            lock.acquire(c, tables(c));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new FluxException(ErrorCode.LOCK, "could not take the migration lock: " + firstLine(e), e);
        }
    }

    @Override
    public void unlock() {
        lock.release();
    }

    @Override
    public void checkLock() {
        lock.check();
    }

    @Override
    public boolean historyExists() throws SQLException {
        historySeen = history().exists(connection());
        return historySeen;
    }

    /** Creates the history table unless the last {@link #readHistory()} found it. */
    @Override
    public void createHistory() throws SQLException {
        Connection c = connection();
        if (!historySeen) {
            history().create(c);
            historySeen = true;
        }
        if (tables.schemaConfigured()) {
            useSchema(c, tables);
        }
    }

    @Override
    public List<HistoryRow> readHistory() throws SQLException {
        if (historySeen) {
            try {
                return history().read(connection());
            } catch (SQLException e) {
                if (!Ddl.missing(e)) {
                    throw e;
                }
                historySeen = false;
            }
        }
        return historyExists() ? history().read(connection()) : List.of();
    }

    @Override
    public void insertHistory(HistoryRow row) throws SQLException {
        history().insert(connection(), row);
    }

    @Override
    public void updateHistory(HistoryRow row) throws SQLException {
        history().update(connection(), row);
    }

    @Override
    public void updateChecksum(Version version, String id, String checksum) throws SQLException {
        history().updateChecksum(connection(), version, id, checksum);
    }

    @Override
    public void deleteHistory(Version version) throws SQLException {
        history().delete(connection(), version);
    }

    @Override
    public SchemaSnapshot snapshot() throws SQLException {
        Connection c = connection();
        return new SnapshotReader(c, tables(c)).read();
    }

    @Override
    public void close() {
        lock.close();
        if (history != null) {
            history.close();
        }
        if (work != null) {
            closeQuietly(work);
            work = null;
        }
    }

    private HistoryTable history() throws SQLException {
        if (history == null) {
            history = new HistoryTable(tables(connection()));
        }
        return history;
    }

    private FluxTables tables(Connection c) throws SQLException {
        if (tables == null) {
            tables = FluxTables.of(c, context);
        }
        return tables;
    }

    private static void useSchema(Connection c, FluxTables t) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SCHEMA " + t.schemaSql());
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing is best effort
        }
    }
}
