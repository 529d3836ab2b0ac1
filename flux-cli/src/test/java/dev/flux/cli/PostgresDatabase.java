package dev.flux.cli;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL ({@code FLUX_TEST_POSTGRES_URL}, by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), dropped by {@link #drop()}. Without a server
 * the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
record PostgresDatabase(String name, String url) {
    static final LocalServer SERVER = LocalServer.postgres();

    static PostgresDatabase fresh() throws SQLException {
        SERVER.assumeAvailable();
        String name = "flux_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        int slash = SERVER.url().lastIndexOf('/');
        int query = SERVER.url().indexOf('?', slash);
        String url = SERVER.url().substring(0, slash + 1) + name + (query < 0 ? "" : SERVER.url().substring(query));
        return new PostgresDatabase(name, url);
    }

    void drop() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
