package dev.flux.mariadb.internal;

import dev.flux.spi.JdbcHistory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The history table on MariaDB: an InnoDB table (so its writes are transactional whatever the server's
 * default engine), {@code utf8mb4} text compared byte by byte, and {@code APPLIED_AT} a {@code TIMESTAMP(6)}
 * set by the server and read as {@code UNIX_TIMESTAMP}, so neither the session's nor the JVM's time zone
 * shifts it. It lives in the database of the {@code schema} option, which creating it creates when missing,
 * or else in the connection's current database. {@code CREATE ... IF NOT EXISTS} makes creating it safe for
 * two migrators at once. Inserts and deletes made while the {@link GetLock} is held check it in the same
 * round trip.
 */
final class MariaDbHistory extends JdbcHistory {
    private final MariaDbOptions options;
    private final GetLock lock;
    private Consumer<Connection> databaseCreated = c -> { };

    MariaDbHistory(MariaDbOptions options, GetLock lock) {
        this.options = options;
        this.lock = lock;
    }

    /** {@code listener} is told, with the connection, when creating the table created its database. */
    void whenDatabaseCreated(Consumer<Connection> listener) {
        this.databaseCreated = listener;
    }

    @Override
    protected TableName table(Connection connection) throws SQLException {
        String schema = options.schema() != null ? options.schema() : Session.currentDatabase(connection);
        if (schema == null) {
            throw new SQLException("the connection has no current database, so flux does not know where its "
                    + "history table belongs: put a database into the JDBC URL (jdbc:mariadb://host:3306/app) or "
                    + "set backend.schema", "3D000");
        }
        String table = options.table();
        return new TableName(schema, table, Identifiers.quote(schema) + "." + Identifiers.quote(table));
    }

    @Override
    protected void createTable(Connection connection, TableName table, String columns) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (options.schema() != null && !databaseExists(connection, table.schema())) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + Identifiers.quote(table.schema()));
                databaseCreated.accept(connection);
            }
            s.execute("CREATE TABLE IF NOT EXISTS " + table.sql() + " (" + columns + ") ENGINE=InnoDB DEFAULT "
                    + "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin COMMENT 'flux migration history: do not edit by "
                    + "hand; use flux repair'");
        }
    }

    private static boolean databaseExists(Connection connection, String database) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    @Override
    protected String timestampType() {
        return "TIMESTAMP(6)";
    }

    @Override
    protected String currentTimestamp() {
        return "CURRENT_TIMESTAMP(6)";
    }

    @Override
    protected String selectAppliedAt() {
        return "UNIX_TIMESTAMP(APPLIED_AT)";
    }

    @Override
    protected Instant appliedAt(ResultSet rs, int column) throws SQLException {
        BigDecimal seconds = rs.getBigDecimal(column);
        if (seconds == null) {
            return null;
        }
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    @Override
    protected LockGuard lockGuard() {
        return lock;
    }
}
