package dev.flux.mariadb;

import dev.flux.spi.MigrationLock;
import dev.flux.tck.BackendTck;
import dev.flux.tck.Deadline;
import dev.flux.tck.TckDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backend TCK against the machine's MariaDB, each test in a fresh database, whose name is part of the
 * lock's, so that concurrent runs of this suite on one server do not wait for each other.
 */
@ExtendWith(MariaDbTestDatabase.class)
class MariaDbTckTest extends BackendTck {
    @Override
    protected String backendName() {
        return "mariadb";
    }

    @Override
    protected TckDatabase createDatabase() throws Exception {
        MariaDbTestDatabase.Database database = MariaDbTestDatabase.freshDatabase();
        return new TckDatabase() {
            @Override
            public DataSource dataSource() {
                return database.dataSource();
            }

            @Override
            public void close() throws SQLException {
                database.close();
            }
        };
    }

    /** An index that a foreign key needs cannot be dropped on MariaDB; dropping the table drops both. */
    @Override
    protected String ordersUndoScript() {
        return "DROP TABLE orders;\n";
    }

    /** Kills the session that holds this test's lock (as IS_USED_LOCK names it), and waits until it has ended. */
    @Override
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            long id = holderOf(c, "flux:" + c.getCatalog() + ".flux_migrations");
            try (Statement s = c.createStatement()) {
                s.execute("KILL " + id);
            }
            Deadline.await("connection " + id + " to end", Duration.ofSeconds(10),
                    () -> sessions(c, id), left -> left == 0);
        }
    }

    static long holderOf(Connection c, String lockName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            s.setString(1, lockName);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new AssertionError("nobody holds the lock " + lockName);
                }
                return id;
            }
        }
    }

    private static long sessions(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = " + id)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
