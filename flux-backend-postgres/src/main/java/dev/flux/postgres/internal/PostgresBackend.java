package dev.flux.postgres.internal;

import dev.flux.spi.AbstractMigrationBackend;
import dev.flux.spi.BackendContext;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL backend of one migrator: a migration session (opened on first use), the
 * {@link AdvisoryLock} on a lock session, the {@link PostgresHistory} in the configured schema, and
 * {@link CatalogSnapshot}s. DDL is transactional, so each migration commits together with its history row.
 */
public final class PostgresBackend extends AbstractMigrationBackend {
    private final BackendContext context;
    private final PostgresOptions options;
    private final AdvisoryLock lock;
    private Session session;

    public PostgresBackend(BackendContext context, PostgresOptions options) {
        this(context, options, new AdvisoryLock(
                () -> Session.open(context.dataSource(), sessionName(context), null, context.secrets()),
                options.lockId(), context.lockTimeout(), context.secrets()));
    }

    private PostgresBackend(BackendContext context, PostgresOptions options, AdvisoryLock lock) {
        super(lock, new PostgresHistory(options, lock), new CatalogSnapshot(options));
        this.context = context;
        this.options = options;
        this.lock = lock;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public Connection connection() {
        if (session == null) {
            session = Session.open(context.dataSource(), sessionName(context), options.schema(), context.secrets());
        }
        return session.connection();
    }

    /**
     * Runs one statement exactly as written (no JDBC escape processing). Explains errors that come from
     * running in a transaction, keeping their SQLState.
     */
    @Override
    public void execute(SqlStatement statement) throws SQLException {
        lock.afterWrite(false);
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

    private static String sessionName(BackendContext context) {
        return context.applicationName() + " migrator";
    }

    @Override
    protected void closeConnection() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
