package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.spi.MigrationLock;
import dev.flux.tck.BackendTck;
import dev.flux.tck.TckDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backend TCK against the machine's PostgreSQL, each test in a fresh schema, with an advisory lock
 * key of its own so that concurrent runs of this suite on one server do not wait for each other.
 */
@ExtendWith(PostgresTestDatabase.class)
class PostgresTckTest extends BackendTck {
    @Override
    protected String backendName() {
        return "postgres";
    }

    @Override
    protected TckDatabase createDatabase() throws Exception {
        PostgresTestDatabase.Schema schema = PostgresTestDatabase.freshSchema();
        long lockId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        return new TckDatabase() {
            @Override
            public DataSource dataSource() {
                return schema.dataSource();
            }

            @Override
            public Map<String, Object> options() {
                return Map.of("schema", schema.name(), "lock_id", lockId);
            }

            @Override
            public void close() throws SQLException {
                schema.close();
            }
        };
    }

    /** Terminates the session that holds this test's advisory lock, and waits until it has ended. */
    @Override
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws Exception {
        long key = (Long) database.options().get("lock_id");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            long pid = number(s, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1"
                    + " AND classid::bigint = " + (key >>> 32) + " AND objid::bigint = " + (key & 0xFFFF_FFFFL));
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (number(s, "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid) > 0) {
                assertThat(System.nanoTime()).as("session " + pid + " ends").isLessThan(deadline);
                Thread.onSpinWait();
            }
        }
    }

    private static long number(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getLong(1);
        }
    }
}
