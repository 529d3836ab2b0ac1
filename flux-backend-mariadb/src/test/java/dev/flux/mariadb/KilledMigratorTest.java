package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Result;
import dev.flux.Secrets;
import dev.flux.ValidationException;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationBackend;
import dev.flux.tck.Deadline;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrator whose lock session is killed does not block the next one, and stops itself before it
 * records a migration as applied; what it did is what its running row records.
 */
@ExtendWith(MariaDbTestDatabase.class)
class KilledMigratorTest {
    private MariaDbTestDatabase.Database database;
    private MigrationFolder folder;
    private String gate;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = MariaDbTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "mariadb");
        folder.write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n");
        gate = "gate:" + database.name();
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void aLockSessionKilledAbruptlyDoesNotBlockTheNextMigrator() throws Exception {
        MigrationBackend killed = new MariaDbBackendProvider().open(new BackendContext(database.dataSource(),
                Map.of(), Duration.ofSeconds(1), "flux", Secrets.none()));
        killed.migrationLock().lock();
        kill(lockHolder());

        try (Flux next = folder.flux(database.dataSource(), Map.of(), Duration.ofSeconds(5))) {
            assertThat(next.migrate().migrations()).containsExactly("V1__users");
        }
        assertThatThrownBy(killed.migrationLock()::check)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                .hasMessageContaining("lost the migration lock");
        killed.close();
    }

    /**
     * V2's second statement waits for a lock the test holds (a gate), so the first migrator is provably in
     * statement 2 of 3 of V2 when its lock session is killed. Then the gate opens: the migrator runs the last
     * statement, finds its lock gone before recording V2 as applied, and stops; V2's row records 2 statements
     * done. The next migrator refuses to go on until repair, and after it applies V2 exactly once more.
     */
    @Test
    void aMigratorThatLosesItsLockMidMigrationStopsBeforeRecordingItAndTheRowSaysHowFarItGot() throws Exception {
        folder.write("V2__gated.sql", "CREATE TABLE gated (id INT);\nDO GET_LOCK('" + gate + "', 60), RELEASE_LOCK('"
                + gate + "');\nINSERT INTO gated VALUES (1);\n");
        try (Connection gateHolder = database.dataSource().getConnection();
             Flux first = folder.flux(database.dataSource(), Map.of(), Duration.ofSeconds(5));
             Flux second = folder.flux(database.dataSource(), Map.of(), Duration.ofSeconds(10))) {
            run(gateHolder, "DO GET_LOCK('" + gate + "', 0)");
            CompletableFuture<Result> running = CompletableFuture.supplyAsync(first::migrate);
            Deadline.await("the first migrator to wait at the gate, in statement 2 of V2__gated",
                    Duration.ofSeconds(30), () -> database.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                            + " WHERE INFO LIKE 'DO GET_LOCK(''gate:%'"), waiting -> waiting == 1);
            kill(lockHolder());
            run(gateHolder, "DO RELEASE_LOCK('" + gate + "')");

            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("lost the migration lock");
            assertThat(database.count("SELECT STATEMENTS_DONE FROM flux_migrations WHERE VERSION = '2' AND STATE ="
                    + " 'RUNNING'")).as("V2's row: statement 3 may or may not have run, 2 are recorded").isEqualTo(2);
            assertThatThrownBy(second::migrate).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED));
            database.sql("DROP TABLE gated");
            assertThat(second.repair().removedFailedRows()).containsExactly("V2__gated");
            assertThat(second.migrate().migrations()).containsExactly("V2__gated");
        }
        assertThat(database.count("SELECT COUNT(*) FROM gated")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM flux_migrations WHERE STATE = 'APPLIED'")).isEqualTo(2);
    }

    private long lockHolder() throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return MariaDbTckTest.holderOf(c, "flux:" + database.name() + ".flux_migrations");
        }
    }

    /** Kills connection {@code id} as an administrator would, and waits until the server no longer lists it. */
    private void kill(long id) throws Exception {
        database.sql("KILL " + id);
        Deadline.await("connection " + id + " to end", Duration.ofSeconds(10),
                () -> database.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = " + id),
                left -> left == 0);
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
