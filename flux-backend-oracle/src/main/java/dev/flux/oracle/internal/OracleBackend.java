package dev.flux.oracle.internal;

import dev.flux.spi.AbstractMigrationBackend;
import dev.flux.spi.BackendContext;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Oracle backend of one migrator, whose DDL commits implicitly: a work connection, opened on first use, for migrations and history
 * writes, the {@link OracleLock} on a connection of its own, the {@link OracleHistory} and the
 * {@link SnapshotReader}. On the work connection flux enables {@code DBMS_OUTPUT}, labels the session
 * ({@code MODULE} = the application name) and, when the {@code schema} option names another schema, sets
 * {@code CURRENT_SCHEMA} to it; {@link #close()} restores the session before closing it, so pooled
 * connections come back as they were.
 */
public final class OracleBackend extends AbstractMigrationBackend {
    private static final Logger LOG = LoggerFactory.getLogger(OracleBackend.class);
    /** ORA-01435: user does not exist. */
    private static final int NO_SUCH_USER = 1435;

    private final BackendContext context;
    private Connection work;
    private String originalSchema;

    public OracleBackend(BackendContext context) {
        super(new OracleLock(context), new OracleHistory(context), new SnapshotReader(context));
        this.context = context;
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
        FluxTables t = FluxTables.of(c, context);
        if (!t.schema().equals(originalSchema)) {
            try {
                Sessions.setCurrentSchema(c, t.schema());
            } catch (SQLException e) {
                if (e.getErrorCode() == NO_SUCH_USER) {
                    throw t.unknownSchema();
                }
                throw e;
            }
        }
        try {
            DbmsOutput.enable(c);
            Sessions.label(c, context.applicationName(), "flux migration", null);
        } catch (SQLException e) {
            LOG.debug("could not enable DBMS_OUTPUT or label the migration session: {}", context.secrets().scrub(e.getMessage()));
        }
    }

    @Override
    public void execute(SqlStatement statement) throws SQLException {
        Execution.run(connection(), statement, context.secrets());
    }

    @Override
    protected void closeConnection() {
        Connection c = work;
        work = null;
        if (c == null) {
            return;
        }
        List<SessionReset.Step> steps = List.of(SessionReset::endTransaction, s -> {
            if (originalSchema != null && !originalSchema.equals(Sessions.currentSchema(s))) {
                Sessions.setCurrentSchema(s, originalSchema);
            }
        }, DbmsOutput::disable, s -> Sessions.label(s, null, null, null));
        for (SQLException e : SessionReset.run(c, steps)) {
            LOG.debug("could not restore the migration session before closing it: {}", context.secrets().scrub(e.getMessage()));
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing the migration connection: {}", context.secrets().scrub(e.getMessage()));
        }
    }
}
