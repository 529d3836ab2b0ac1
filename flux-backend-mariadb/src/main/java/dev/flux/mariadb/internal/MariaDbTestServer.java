package dev.flux.mariadb.internal;

import dev.flux.ErrorCode;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB server of {@code flux.test.url}: each test database is a database of its own
 * ({@code CREATE DATABASE flux_test_<label>_<random>}), dropped by its {@code close()}, which first ends
 * the sessions still connected to it. The URL's database is used for these statements only.
 */
final class MariaDbTestServer implements TestServer {
    private final String url;
    private final String user;
    private final String password;
    private final Secrets secrets;

    MariaDbTestServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.secrets = Secrets.of(password, url);
    }

    @Override
    public String description() {
        return "MariaDB at " + Secrets.redactUrl(url);
    }

    @Override
    public TestDatabase create(String label) throws SQLException {
        String name = name(label);
        admin("CREATE DATABASE " + Identifiers.quote(name));
        return new ScratchDatabase(name, dataSource(name));
    }

    @Override
    public void close() {
        // every database is dropped by its own close()
    }

    /** A data source on {@code database} (null: the URL's own), with the server's user and password. */
    DataSource dataSource(String database) throws SQLException {
        MariaDbDataSource ds = new MariaDbDataSource(database == null ? url : withDatabase(url, database));
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** {@code url} with {@code database} as its database: {@code jdbc:mariadb://host:port/database?...}. */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        int query = url.indexOf('?', Math.max(hosts, 0));
        int path = url.indexOf('/', hosts + 2);
        int stop = query < 0 ? url.length() : query;
        String head = path < 0 || path > stop ? url.substring(0, stop) : url.substring(0, path);
        return head + "/" + database + url.substring(stop);
    }

    void admin(String sql) throws SQLException {
        try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Kills the sessions whose current database is {@code database}, so that none holds a lock in it. */
    private void endSessions(String database) throws SQLException {
        try (Connection c = dataSource(null).getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST"
                    + " WHERE DB = ? AND ID <> CONNECTION_ID()")) {
                s.setString(1, database);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            for (long id : ids) {
                try (Statement s = c.createStatement()) {
                    s.execute("KILL " + id);
                } catch (SQLException gone) {
                    // it ended by itself meanwhile
                }
            }
        }
    }

    private static String name(String label) {
        String safe = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return "flux_test_" + safe.substring(0, Math.min(safe.length(), 40)) + "_" + random;
    }

    /** A database of one test class; {@link #close()} ends its sessions and drops it. */
    private final class ScratchDatabase implements TestDatabase {
        private final String name;
        private final DataSource dataSource;

        ScratchDatabase(String name, DataSource dataSource) {
            this.name = name;
            this.dataSource = dataSource;
        }

        @Override
        public DataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() {
            try {
                endSessions(name);
                admin("DROP DATABASE IF EXISTS " + Identifiers.quote(name));
            } catch (SQLException e) {
                throw SqlFailure.of(ErrorCode.SQL, e).scrubbing(secrets::scrub).exception("could not drop the test "
                        + "database " + name, "Drop it by hand.");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
