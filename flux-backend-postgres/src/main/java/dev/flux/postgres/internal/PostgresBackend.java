package dev.flux.postgres.internal;

import dev.flux.spi.BackendContext;
import dev.flux.spi.History;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import dev.flux.spi.SchemaReader;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL backend of one migrator: a migration session (opened on first use), the
 * {@link AdvisoryLock} on a lock session, the {@link PostgresHistory} in the configured schema, and
 * {@link CatalogSnapshot}s. DDL is transactional, so each migration commits together with its history row.
 */
public final class PostgresBackend implements MigrationBackend {
    private final BackendContext context;
    private final PostgresOptions options;
    private final AdvisoryLock lock;
    private final PostgresHistory history;
    private final CatalogSnapshot snapshots;
    private Session session;

    public PostgresBackend(BackendContext context, PostgresOptions options) {
        this.context = context;
        this.options = options;
        this.lock = new AdvisoryLock(() -> Session.open(context.dataSource(), sessionName(), null),
                options.lockId(), context.lockTimeout());
        this.history = new PostgresHistory(options, lock);
        this.snapshots = new CatalogSnapshot(options);
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

    private String sessionName() {
        return context.applicationName() + " migrator";
    }

    /** Closes the migration session, then the lock session: the reverse of a command's order. */
    @Override
    public void close() {
        history.close();
        if (session != null) {
            session.close();
            session = null;
        }
        lock.close();
    }
}
