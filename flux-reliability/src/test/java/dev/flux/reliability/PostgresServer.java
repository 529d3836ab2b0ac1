package dev.flux.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the suite: {@code FLUX_TEST_POSTGRES_URL}, by default
 * {@value #DEFAULT_URL}. When no server answers, tests are skipped with a message, except under
 * {@code CI=true}, where they fail; a server that answers with an error (authentication, no such
 * database) always fails them. Each test gets a database of its own, dropped afterwards.
 */
final class PostgresServer {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String URL = System.getenv().getOrDefault("FLUX_TEST_POSTGRES_URL", DEFAULT_URL);
    /** SQLState of a connection attempt that reached no server. */
    private static final String NO_ANSWER = "08001";

    private static String unavailable;
    private static boolean checked;

    private PostgresServer() {
    }

    /** Aborts the calling test when no PostgreSQL answers; fails it where skipping is not allowed. */
    static synchronized void assumeAvailable() {
        if (!checked) {
            checked = true;
            try (Connection c = DriverManager.getConnection(URL)) {
                c.isValid(5);
            } catch (SQLException e) {
                String problem = "[" + e.getSQLState() + "] " + e.getMessage();
                if (!NO_ANSWER.equals(e.getSQLState())) {
                    fail("PostgreSQL at " + dev.flux.Secrets.redactUrl(URL) + " refused the test connection: " + problem
                            + ". Fix FLUX_TEST_POSTGRES_URL.");
                }
                unavailable = "No PostgreSQL answers at " + dev.flux.Secrets.redactUrl(URL) + " (" + problem + "). Start it"
                        + " (.ci/run does) or point FLUX_TEST_POSTGRES_URL at a running server.";
            }
        }
        if (unavailable != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(unavailable + " CI=true, so this fails instead of being skipped.");
            }
            Assumptions.abort(unavailable);
        }
    }

    /** A new empty database. */
    static Database freshDatabase(String prefix) throws SQLException {
        assumeAvailable();
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        execute(URL, "CREATE DATABASE " + name);
        return new Database(name);
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A database of the test server, dropped with its sessions by {@link #close()}. */
    record Database(String name) implements AutoCloseable {
        /** The server's URL with this database instead of the default one. */
        String url() {
            return URL.replaceFirst("^(jdbc:postgresql://[^/?]*/)[^?]*", "$1" + name);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url());
        }

        void execute(String sql) throws SQLException {
            PostgresServer.execute(url(), sql);
        }

        long count(String sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            PostgresServer.execute(URL, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
