package dev.flux.postgres.internal;

import dev.flux.Secrets;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of {@code flux.test.url}. Each test database is a database of its own
 * ({@code CREATE DATABASE flux_test_<label>_<random>}), since {@code CREATE INDEX CONCURRENTLY} waits on
 * the transactions of every schema of a database. A copy is {@code CREATE DATABASE ... TEMPLATE} with the
 * server's default strategy (PostgreSQL 15's {@code WAL_LOG} measured 3 to 20 times faster than
 * {@code FILE_COPY}, which forces a checkpoint). The URL's database is used for these statements only.
 */
final class PostgresTestServer implements TestServer {
    private final String url;
    private final String user;
    private final String password;
    private final Secrets secrets;
    private volatile Integer version;

    PostgresTestServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.secrets = Secrets.of(password, url);
    }

    @Override
    public String description() {
        return "PostgreSQL at " + Secrets.redactUrl(url);
    }

    @Override
    public TestDatabase create(String label) throws SQLException {
        String name = name(label);
        admin("CREATE DATABASE " + name);
        return new PostgresScratchDatabase(this, name);
    }

    @Override
    public boolean canCopy() {
        return true;
    }

    @Override
    public TestDatabase copy(TestDatabase source, String label) throws SQLException {
        String name = name(label);
        admin("CREATE DATABASE " + name + " TEMPLATE " + ((PostgresScratchDatabase) source).name());
        return new PostgresScratchDatabase(this, name);
    }

    @Override
    public void close() {
        // every database is dropped by its own close()
    }

    /** The password and the URL's secrets, to scrub from the server's messages. */
    Secrets secrets() {
        return secrets;
    }

    /** A data source on {@code database} (null: the URL's own), with the server's user and password. */
    PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        if (database != null) {
            ds.setDatabaseName(database);
        }
        return ds;
    }

    /** Runs a statement on the URL's database, where no test works. */
    void admin(String sql) throws SQLException {
        try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    int serverVersion() throws SQLException {
        if (version == null) {
            try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW server_version_num")) {
                rs.next();
                version = Integer.parseInt(rs.getString(1));
            }
        }
        return version;
    }

    private static String name(String label) {
        String safe = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return "flux_test_" + safe.substring(0, Math.min(safe.length(), 40)) + "_" + random;
    }
}
