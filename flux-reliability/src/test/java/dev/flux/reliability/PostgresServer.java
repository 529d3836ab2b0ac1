package dev.flux.reliability;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server of the suite: {@code FLUX_TEST_POSTGRES_URL}, by default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres} ({@link LocalServer#postgres()}). When no server
 * answers, tests are skipped with a message, except under {@code CI=true}, where they fail; a server that
 * answers with an error (authentication, no such database) always fails them. Each test gets a database of
 * its own, dropped afterwards.
 */
final class PostgresServer {
    private static final LocalServer SERVER = LocalServer.postgres();
    static final String URL = SERVER.url();

    private PostgresServer() {
    }

    /** Aborts the calling test when no PostgreSQL answers; fails it where skipping is not allowed. */
    static void assumeAvailable() {
        SERVER.assumeAvailable();
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
