package dev.flux.postgres;

import dev.flux.tck.BackendTck;
import dev.flux.tck.TckDatabase;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
}
