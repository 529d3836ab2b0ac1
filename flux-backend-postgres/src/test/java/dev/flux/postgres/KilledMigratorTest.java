package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Result;
import dev.flux.Secrets;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationBackend;
import dev.flux.tck.Deadline;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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

/** A migrator whose lock session dies does not block the next one, and stops itself before committing. */
@ExtendWith(PostgresTestDatabase.class)
class KilledMigratorTest {
    private static final int GATE = 7719;
    private static final String WAITING_AT_THE_GATE = AdvisoryLocks.waitingAt(GATE);

    private PostgresTestDatabase.Database database;
    private MigrationFolder folder;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = PostgresTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "postgres");
        folder.write("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void aLockSessionEndedAbruptlyDoesNotBlockTheNextMigrator() throws Exception {
        MigrationBackend killed = new PostgresBackendProvider().open(new BackendContext(database.newDataSource(),
                Map.of(), Duration.ofSeconds(1), "flux", Secrets.none()));
        killed.migrationLock().lock();
        terminate(lockSessionPid());

        try (Flux next = folder.flux(database.dataSource(), Map.of(), Duration.ofSeconds(5))) {
            assertThat(next.migrate().migrations()).containsExactly("V1__users");
        }
        assertThatThrownBy(killed.migrationLock()::check)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                .hasMessageContaining("lost the migration lock");
        killed.migrationLock().unlock();
        killed.close();
    }

    /**
     * V2's second statement waits for an advisory lock the test holds (a gate), so the first migrator is
     * provably mid-migration, statement 1 done in its open transaction, when its lock session is ended.
     * Then the gate opens: the migrator runs the last statement, finds its lock gone before committing and
     * rolls V2 back.
     */
    @Test
    void aMigratorThatLosesItsLockMidMigrationRollsBackAndTheNextAppliesItOnce() throws Exception {
        folder.write("V2__gated.sql", "CREATE TABLE gated (id int);\nSELECT pg_advisory_xact_lock(" + GATE + ");\n"
                + "INSERT INTO gated VALUES (1);\n");
        try (Connection gate = database.newDataSource().getConnection();
             Flux first = folder.flux(database.newDataSource(), Map.of(), Duration.ofSeconds(5));
             Flux second = folder.flux(database.newDataSource(), Map.of(), Duration.ofSeconds(10))) {
            advisory(gate, "pg_advisory_lock");
            CompletableFuture<Result> running = CompletableFuture.supplyAsync(first::migrate);
            Deadline.await("the first migrator to wait at the gate, in statement 2 of V2__gated",
                    Duration.ofSeconds(30), () -> query(WAITING_AT_THE_GATE), waiting -> waiting == 1);
            terminate(lockSessionPid());
            advisory(gate, "pg_advisory_unlock");

            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("lost the migration lock");
            assertThat(query("SELECT count(*) FROM pg_tables WHERE tablename = 'gated'"))
                    .as("V2 rolled back: its table").isZero();
            assertThat(second.migrate().migrations()).containsExactly("V2__gated");
        }
        assertThat(query("SELECT count(*) FROM gated")).isEqualTo(1);
        assertThat(query("SELECT count(*) FROM flux_migrations")).isEqualTo(2);
    }

    private int lockSessionPid() throws SQLException {
        return (int) query(AdvisoryLocks.LOCK_SESSION);
    }

    private static void advisory(Connection c, String function) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT " + function + "(" + GATE + ")");
        }
    }

    /** Ends the lock session {@code pid} and waits until the server no longer lists it. */
    private void terminate(int pid) throws Exception {
        assertThat(query("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid
                + " AND application_name = 'flux migrator'")).as("the lock session is named").isEqualTo(1);
        database.sql("SELECT pg_terminate_backend(" + pid + ")");
        Deadline.await("session " + pid + " to end", Duration.ofSeconds(10),
                () -> query("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid), left -> left == 0);
    }

    private long query(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
