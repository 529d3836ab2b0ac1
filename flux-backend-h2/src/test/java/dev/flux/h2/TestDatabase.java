package dev.flux.h2;

import dev.flux.Secrets;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationBackend;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real H2 database for one test, and a data source over it that remembers the connections it handed
 * out, so a test can close them behind a backend's back.
 */
final class TestDatabase implements DataSource {
    private final JdbcDataSource h2 = new JdbcDataSource();
    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();

    private TestDatabase(String url) {
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
    }

    /** A fresh in-memory database that lives until the JVM ends. */
    static TestDatabase inMemory() {
        return new TestDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static TestDatabase at(String url) {
        return new TestDatabase(url);
    }

    String url() {
        return h2.getURL();
    }

    MigrationBackend backend() {
        return backend(Duration.ofSeconds(1), Map.of());
    }

    MigrationBackend backend(Duration lockTimeout, Map<String, Object> options) {
        return new H2BackendProvider().open(context(lockTimeout, options));
    }

    BackendContext context(Duration lockTimeout, Map<String, Object> options) {
        return new BackendContext(this, options, lockTimeout, "flux-test", Secrets.none());
    }

    /** Every connection this data source handed out so far. */
    List<Connection> connections() {
        return handedOut;
    }

    /** Runs statements on a connection of its own. */
    void run(String... sql) throws SQLException {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = h2.getConnection();
        handedOut.add(c);
        return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Connection c = h2.getConnection(user, password);
        handedOut.add(c);
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
