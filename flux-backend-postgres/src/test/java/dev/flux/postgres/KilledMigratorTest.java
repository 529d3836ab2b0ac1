package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationBackend;
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
    private static final String LOCK_SESSION = "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
            + "AND objid = 3589 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private PostgresTestDatabase.Database database;
    private MigrationFolder folder;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = PostgresTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir);
        folder.write("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void aLockSessionEndedAbruptlyDoesNotBlockTheNextMigrator() throws Exception {
        MigrationBackend killed = new PostgresBackendProvider().open(new BackendContext(database.newDataSource(),
                Map.of(), Duration.ofSeconds(1), "flux"));
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

    @Test
    void aMigratorThatLosesItsLockMidMigrationRollsBackAndTheNextAppliesItOnce() throws Exception {
        folder.write("V2__slow.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(2);\nINSERT INTO slow VALUES (1);\n");
        try (Flux first = folder.flux(database.newDataSource(), Map.of(), Duration.ofSeconds(5));
             Flux second = folder.flux(database.newDataSource(), Map.of(), Duration.ofSeconds(10))) {
            CompletableFuture<Void> running = CompletableFuture.runAsync(first::migrate);
            int pid = waitFor("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND query LIKE 'SELECT pg_sleep(2)%'");
            terminate(pid);

            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(FluxException.class)
                    .hasMessageContaining("FLUX-LOCK").hasMessageContaining("lost the migration lock");
            assertThat(second.migrate().migrations()).containsExactly("V2__slow");
        }
        assertThat(query("SELECT count(*) FROM slow")).isEqualTo(1);
        assertThat(query("SELECT count(*) FROM flux_migrations")).isEqualTo(2);
    }

    private int lockSessionPid() throws SQLException {
        return (int) query(LOCK_SESSION);
    }

    /** Waits until {@code condition} counts a row, then returns the lock session's pid. */
    private int waitFor(String condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (query(condition) == 0) {
            assertThat(System.nanoTime()).as("waiting for: " + condition).isLessThan(deadline);
            Thread.sleep(20);
        }
        return lockSessionPid();
    }

    private void terminate(int pid) throws Exception {
        assertThat(query("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid
                + " AND application_name = 'flux migrator'")).as("the lock session is named").isEqualTo(1);
        database.sql("SELECT pg_terminate_backend(" + pid + ")");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (query("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid) > 0) {
            assertThat(System.nanoTime()).as("session " + pid + " ends").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
