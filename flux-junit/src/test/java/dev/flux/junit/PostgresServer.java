package dev.flux.junit;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL local server ({@code FLUX_TEST_POSTGRES_URL}, by default the local one). A test
 * that needs it is skipped with a message when none answers, or fails under {@code CI=true}; an answer
 * with an error (authentication, a missing database) always fails it.
 */
final class PostgresServer {
    private static final LocalServer SERVER = LocalServer.postgres();
    static final String URL = SERVER.url();

    private PostgresServer() {
    }

    /** The server's URL, once it answers; see {@link LocalServer#assumeAvailable()} for when it does not. */
    static String url() {
        SERVER.assumeAvailable();
        return URL;
    }

    /** How many databases whose name starts with {@code prefix} the server has. */
    static int databases(String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL);
             var s = c.prepareStatement("SELECT COUNT(*) FROM pg_database WHERE datname LIKE ?")) {
            s.setString(1, prefix + "%");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
