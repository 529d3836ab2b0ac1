package dev.flux.h2.internal;

import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Makes each test database a database of its own, named after a base URL with a unique suffix:
 * {@code jdbc:h2:mem:flux_test;MODE=...} gives {@code jdbc:h2:mem:flux_test_<label>_<n>;MODE=...}. The
 * base's settings are kept, and {@code DB_CLOSE_DELAY=-1} is added unless given, so the database outlives
 * its connections. A copy replays the output of H2's {@code SCRIPT} (schema, data, sequences' values)
 * statement by statement.
 */
final class H2TestServer implements TestServer {
    private final String location;
    private final String settings;
    private final String user;
    private final String password;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicLong count = new AtomicLong();

    H2TestServer(String url, String user, String password) {
        int semicolon = url.indexOf(';');
        this.location = semicolon < 0 ? url : url.substring(0, semicolon);
        String given = semicolon < 0 ? "" : url.substring(semicolon);
        this.settings = given.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_DELAY=") ? given
                : given + ";DB_CLOSE_DELAY=-1";
        this.user = user;
        this.password = password;
    }

    @Override
    public String description() {
        return location.equals("jdbc:h2:mem:flux_test") ? "H2 in memory" : "H2 at " + location;
    }

    @Override
    public TestDatabase create(String label) throws SQLException {
        String name = location + "_" + label + "_" + run + count.incrementAndGet();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(name + settings);
        source.setUser(user);
        source.setPassword(password);
        source.getConnection().close();
        return new H2TestDatabase(source, name);
    }

    @Override
    public boolean canCopy() {
        return true;
    }

    @Override
    public TestDatabase copy(TestDatabase source, String label) throws SQLException {
        TestDatabase target = create(label);
        try (Connection from = source.dataSource().getConnection();
             Statement script = from.createStatement();
             ResultSet statements = script.executeQuery("SCRIPT");
             Connection to = target.dataSource().getConnection();
             Statement replay = to.createStatement()) {
            while (statements.next()) {
                replay.execute(statements.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            target.close();
            throw e;
        }
        return target;
    }

    @Override
    public void close() {
        // every database is dropped by its own close()
    }
}
