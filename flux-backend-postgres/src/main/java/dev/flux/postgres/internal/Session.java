package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A connection of the migrator, named in {@code pg_stat_activity} by {@code application_name} and
 * optionally with a schema first on its {@code search_path}. {@link #close()} puts back every setting it
 * changed, for data sources that pool connections, and closes it.
 */
final class Session implements AutoCloseable {
    private final Connection connection;
    private final Map<String, String> originals = new LinkedHashMap<>();

    private Session(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens a session; fails with {@code CONNECT} when the database cannot be reached, the driver's message
     * scrubbed of {@code secrets}.
     */
    static Session open(DataSource dataSource, String applicationName, String schema, Secrets secrets) {
        Session session;
        try {
            session = new Session(dataSource.getConnection());
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(secrets::scrub).exception("could not connect to PostgreSQL", "Check that the "
                    + "server is running and that the URL, user and password are right.");
        }
        try {
            session.change("application_name", applicationName);
            if (schema != null) {
                String path = session.setting("search_path");
                session.change("search_path", Identifiers.quote(schema) + (path.isBlank() ? "" : ", " + path));
            }
            return session;
        } catch (SQLException e) {
            session.close();
            throw SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(secrets::scrub).exception("could not set up the PostgreSQL session", null);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Sets {@code name} for this session when the server knows the setting; it is put back on close. */
    void change(String name, String value) throws SQLException {
        String original = setting(name);
        if (original != null) {
            originals.putIfAbsent(name, original);
            set(name, value);
        }
    }

    /** The value of a setting, or null when this server does not know it. */
    private String setting(String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT current_setting(?, true)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void set(String name, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.execute();
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
                for (Map.Entry<String, String> e : originals.entrySet()) {
                    set(e.getKey(), e.getValue());
                }
            }
        } catch (SQLException e) {
            // the session is going away; nothing to put back
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // already broken: closing was all that was left to do
        }
    }
}
