package dev.flux.h2.internal;

import dev.flux.ErrorCode;
import dev.flux.SqlFailure;
import dev.flux.spi.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An H2 database of one test class; {@link #close()} drops it, its files included, and closes its sessions. */
final class H2TestDatabase implements TestDatabase {
    private final JdbcDataSource source;
    private final String name;

    /** {@code name}: the URL without its settings, which may hold a password. */
    H2TestDatabase(JdbcDataSource source, String name) {
        this.source = source;
        this.name = name;
    }

    @Override
    public DataSource dataSource() {
        return source;
    }

    @Override
    public void close() {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS DELETE FILES");
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.SQL, e).exception("could not drop the test database " + name, null);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
