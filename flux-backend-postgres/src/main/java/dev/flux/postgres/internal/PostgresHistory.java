package dev.flux.postgres.internal;

import dev.flux.spi.JdbcHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The history table on PostgreSQL: {@code text} columns, {@code clock_timestamp()} for times, and who
 * applied each row ({@code APPLIED_BY}). Creating it takes a transaction-level advisory lock of its own, so
 * two migrators creating it at once both succeed; it checks first, so no {@code CREATE} privilege is needed
 * once it exists. Inserts and deletes made while the {@link AdvisoryLock} is held check it in the same
 * round trip.
 */
final class PostgresHistory extends JdbcHistory {
    private final PostgresOptions options;
    private final AdvisoryLock lock;

    PostgresHistory(PostgresOptions options, AdvisoryLock lock) {
        this.options = options;
        this.lock = lock;
    }

    @Override
    protected TableName table(Connection connection) throws SQLException {
        String schema = options.schema() != null ? options.schema() : Schemas.current(connection);
        String table = options.table();
        return new TableName(schema, table, Identifiers.quote(schema) + "." + Identifiers.quote(table));
    }

    @Override
    protected boolean tableExists(Connection connection, TableName table) throws SQLException {
        return Catalog.exists(connection, "SELECT 1 FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = ? AND t.relname = ? AND t.relkind IN ('r', 'p')", table.schema(), table.name());
    }

    @Override
    protected void createTable(Connection connection, TableName table, String columns) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
                s.setString(1, table.schema());
                s.setString(2, table.name());
                s.execute();
            }
            try (Statement s = connection.createStatement()) {
                if (!Catalog.exists(connection, "SELECT 1 FROM pg_namespace WHERE nspname = ?", table.schema())) {
                    s.execute("CREATE SCHEMA " + Identifiers.quote(table.schema()));
                }
                if (!tableExists(connection, table)) {
                    s.execute("CREATE TABLE " + table.sql() + " (" + columns + ")");
                    s.execute("COMMENT ON TABLE " + table.sql() + " IS 'flux migration history: do not edit by hand;"
                            + " use flux repair'");
                }
            }
            if (autoCommit) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (autoCommit) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    protected String textType(int maxLength) {
        return "text";
    }

    @Override
    protected String currentTimestamp() {
        return "clock_timestamp()";
    }

    @Override
    protected String extraColumns() {
        return ", APPLIED_BY text DEFAULT current_user NOT NULL";
    }

    @Override
    protected LockGuard lockGuard() {
        return lock;
    }
}
