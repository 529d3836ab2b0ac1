package dev.flux.h2;

import dev.flux.spi.MigrationLock;
import dev.flux.tck.BackendTck;
import dev.flux.tck.TckDatabase;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The conformance suite with flux's tables in a schema and table of the user's choosing ({@link H2TckTest}
 * runs it with the defaults). The TCK checks results on connections of its own, so the URL makes that
 * schema the default of every connection, as flux makes it the default of its own.
 */
class H2BackendTckWithOptionsTest extends BackendTck {
    @Override
    protected String backendName() {
        return "h2";
    }

    @Override
    protected TckDatabase createDatabase() throws Exception {
        TestDatabase db = TestDatabase.at("jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS APP\\;SET SCHEMA APP");
        // One connection first creates the schema: H2's CREATE SCHEMA IF NOT EXISTS is not safe when two
        // connections run it at the same moment, and the TCK opens connections concurrently.
        db.run("SELECT 1");
        return new TckDatabase() {
            @Override
            public DataSource dataSource() {
                return db;
            }

            @Override
            public Map<String, Object> options() {
                return Map.of("schema", "app", "table", "schema_history");
            }

            @Override
            public void close() throws Exception {
                db.run("SHUTDOWN");
            }
        };
    }

    @Override
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws SQLException {
        H2TckTest.abortLockSession(database);
    }
}
