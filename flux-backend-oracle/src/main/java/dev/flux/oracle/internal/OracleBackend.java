package dev.flux.oracle.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.jdbc.Redactor;
import dev.flux.Version;
import dev.flux.spi.BackendContext;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Oracle backend of one migrator: a work connection, opened on first use, for migrations and history
 * writes, and the {@link MigrationLock} on a connection of its own. On the work connection flux enables
 * {@code DBMS_OUTPUT}, labels the session ({@code MODULE} = the application name) and, when the
 * {@code schema} option names another schema, sets {@code CURRENT_SCHEMA} to it; {@link #close()} restores
 * the session before closing it, so pooled connections come back as they were.
 */
public final class OracleBackend implements MigrationBackend {
    private static final Logger LOG = LoggerFactory.getLogger(OracleBackend.class);
    /** ORA-01435: user does not exist. */
    private static final int NO_SUCH_USER = 1435;

    private final BackendContext context;
    private final MigrationLock lock;
    private Connection work;
    private String originalSchema;
    private FluxTables tables;

    public OracleBackend(BackendContext context) {
        this.context = context;
        this.lock = new MigrationLock(context.dataSource(), context.lockTimeout(), context.applicationName());
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public Connection connection() throws SQLException {
        if (work == null || work.isClosed()) {
            Connection c = context.dataSource().getConnection();
            try {
                prepare(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            work = c;
        }
        return work;
    }

    private void prepare(Connection c) throws SQLException {
        originalSchema = Sessions.currentSchema(c);
        FluxTables t = tables(c);
        if (!t.schema().equals(originalSchema)) {
            try {
                Sessions.setCurrentSchema(c, t.schema());
            } catch (SQLException e) {
                if (e.getErrorCode() == NO_SUCH_USER) {
                    throw new FluxException(ErrorCode.CONFIG, "backend.schema: schema " + t.schema() + " does not"
                            + " exist. Oracle schemas are users: ask a DBA to create it (CREATE USER), or fix the"
                            + " option (a plain name is folded to upper case; quote it, as in schema = '\"App\"',"
                            + " to keep its case).");
                }
                throw e;
            }
        }
        try {
            DbmsOutput.enable(c);
            Sessions.label(c, context.applicationName(), "flux migration", null);
        } catch (SQLException e) {
            LOG.debug("could not enable DBMS_OUTPUT or label the migration session: {}", e.getMessage());
        }
    }

    @Override
    public void lock() {
        if (lock.held()) {
            return;
        }
        FluxTables t;
        try {
            t = tables(connection());
        } catch (SQLException e) {
            throw new FluxException(ErrorCode.CONNECT, "could not open the migration connection: "
                    + Redactor.scrub(e.getMessage()) + ". Check the URL, user and password, and that the database"
                    + " is reachable.");
        }
        lock.acquire(t);
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
        return history().exists(connection());
    }

    @Override
    public void createHistory() throws SQLException {
        history().create(connection());
    }

    @Override
    public List<HistoryRow> readHistory() throws SQLException {
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
    public void execute(SqlStatement statement) throws SQLException {
        Execution.run(connection(), statement);
    }

    @Override
    public SchemaSnapshot snapshot() throws SQLException {
        Connection c = connection();
        return new SnapshotReader(c, tables(c)).read();
    }

    @Override
    public void close() {
        lock.release();
        Connection c = work;
        work = null;
        if (c == null) {
            return;
        }
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (originalSchema != null && !originalSchema.equals(Sessions.currentSchema(c))) {
                Sessions.setCurrentSchema(c, originalSchema);
            }
            DbmsOutput.disable(c);
            Sessions.label(c, null, null, null);
        } catch (SQLException e) {
            LOG.debug("could not restore the migration session before closing it: {}", e.getMessage());
        } finally {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("closing the migration connection: {}", e.getMessage());
            }
        }
    }

    private HistoryTable history() throws SQLException {
        return new HistoryTable(tables(connection()));
    }

    private FluxTables tables(Connection c) throws SQLException {
        if (tables == null) {
            tables = FluxTables.of(c, context);
        }
        return tables;
    }
}
