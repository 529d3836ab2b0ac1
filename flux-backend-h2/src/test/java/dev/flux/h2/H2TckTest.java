package dev.flux.h2;

import dev.flux.spi.MigrationLock;
import dev.flux.tck.BackendTck;
import dev.flux.tck.TckDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The backend TCK on a fresh in-memory H2 database per test. */
class H2TckTest extends BackendTck {
    @Override
    protected String backendName() {
        return "h2";
    }

    @Override
    protected TckDatabase createDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:tck-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return new TckDatabase() {
            @Override
            public DataSource dataSource() {
                return ds;
            }

            @Override
            public void close() throws Exception {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        };
    }

    @Override
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws SQLException {
        abortLockSession(database);
    }

    /**
     * Aborts the H2 session that holds the lock: the holder wrote its session id into the lock row without
     * committing, which another session reads with {@code READ UNCOMMITTED}.
     */
    static void abortLockSession(TckDatabase database) throws SQLException {
        String lockTable = database.options().getOrDefault("table", "flux_migrations") + "_lock";
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
            s.execute("CALL ABORT_SESSION((SELECT HOLDER_SESSION FROM " + lockTable + "))");
        }
    }
}
