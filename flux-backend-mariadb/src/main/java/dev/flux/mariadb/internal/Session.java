package dev.flux.mariadb.internal;

import dev.flux.ErrorCode;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A connection of the migrator. It may be switched to another database ({@link #use}) and given a longer
 * {@code wait_timeout}; {@link #close()} puts both back, for data sources that pool connections, rolls back
 * what is left open, and closes it.
 */
final class Session implements AutoCloseable {
    /** ER_BAD_DB_ERROR: unknown database. */
    static final int UNKNOWN_DATABASE = 1049;

    private final Connection connection;
    private String originalDatabase;
    private boolean databaseChanged;
    private String originalWaitTimeout;

    private Session(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens a session; fails with {@code CONNECT} when the database cannot be reached, the driver's message
     * scrubbed of {@code secrets}.
     */
    static Session open(DataSource dataSource, Secrets secrets) {
        try {
            return new Session(dataSource.getConnection());
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(secrets::scrub).exception("could not connect to "
                    + "MariaDB", "Check that the server is running and that the URL, user and password are right.");
        }
    }

    Connection connection() {
        return connection;
    }

    /** The session's current database, or null when it has none. */
    static String currentDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Makes {@code database} the session's current one, when it exists; returns whether it does. The
     * original database is put back on close.
     */
    boolean use(String database) throws SQLException {
        String current = currentDatabase(connection);
        if (database.equals(current)) {
            return true;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("USE " + Identifiers.quote(database));
        } catch (SQLException e) {
            if (e.getErrorCode() == UNKNOWN_DATABASE) {
                return false;
            }
            throw e;
        }
        if (!databaseChanged) {
            originalDatabase = current;
            databaseChanged = true;
        }
        return true;
    }

    /**
     * Lets the session idle for a year: the lock session idles while migrations run, and the server's
     * {@code wait_timeout} (8 hours by default, often less) must not end it.
     */
    void keepAlive() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@SESSION.wait_timeout")) {
            rs.next();
            originalWaitTimeout = rs.getString(1);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION wait_timeout = 31536000");
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed() && connection.isValid(2)) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                if (databaseChanged && originalDatabase != null) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("USE " + Identifiers.quote(originalDatabase));
                    }
                }
                if (originalWaitTimeout != null) {
                    try (PreparedStatement s = connection.prepareStatement("SET SESSION wait_timeout = ?")) {
                        s.setLong(1, Long.parseLong(originalWaitTimeout));
                        s.execute();
                    }
                }
            }
        } catch (SQLException | NumberFormatException e) {
            // the session is going away; nothing to put back
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // already broken: closing was all that was left to do
        }
    }
}
