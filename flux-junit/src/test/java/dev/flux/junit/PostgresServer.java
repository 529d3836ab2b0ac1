package dev.flux.junit;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL local server ({@code FLUX_TEST_POSTGRES_URL}, by default the local one). A test
 * that needs it is skipped with a message when none answers, or fails under {@code CI=true}; an answer
 * with an error (authentication, a missing database) always fails it.
 */
final class PostgresServer {
    static final String URL = System.getenv().getOrDefault("FLUX_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private PostgresServer() {
    }

    static String url() {
        try (Connection c = DriverManager.getConnection(URL)) {
            c.isValid(5);
            return URL;
        } catch (SQLException e) {
            String problem = "PostgreSQL at " + URL.replaceAll("password=[^&]*", "password=****") + ": ["
                    + e.getSQLState() + "] " + e.getMessage();
            if (!"08001".equals(e.getSQLState()) || "true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(problem + ". Start it (.ci/run does, through .ci/postgres) or fix FLUX_TEST_POSTGRES_URL.");
            }
            Assumptions.abort(problem + ". Start it (.ci/run does, through .ci/postgres) or point FLUX_TEST_POSTGRES_URL"
                    + " at a running server.");
            return null;
        }
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
