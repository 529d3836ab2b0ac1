package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Result;
import dev.flux.ValidationException;
import dev.flux.tck.Deadline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an H2 file database, a migration another migrator is applying shows as RUNNING, naming that migrator,
 * and is no problem for validation; once that migrator's lock session is aborted, it is FAILED.
 */
class RunningStateTest {
    @TempDir
    Path dir;

    @Test
    void aMigrationInProgressIsRunningUntilItsMigratorIsKilled() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__gate.sql"), "CREATE TABLE gate (n INT);\nINSERT INTO gate VALUES (0);\n");
        // statement 2 waits for the row lock that the test holds on the gate
        Files.writeString(migrations.resolve("V2__gated.sql"), "CREATE TABLE gated (id INT);\n"
                + "UPDATE gate SET n = n + 1;\nINSERT INTO gated VALUES (1);\n");
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";LOCK_TIMEOUT=30000";
        try (Flux migrator = flux(migrations, url); Flux observer = flux(migrations, url)) {
            migrator.migrateTo("V1");
            try (Connection gate = DriverManager.getConnection(url)) {
                gate.setAutoCommit(false);
                gate.createStatement().executeUpdate("UPDATE gate SET n = 100");
                CompletableFuture<Result> running = CompletableFuture.supplyAsync(migrator::migrate);
                Deadline.await("the migrator to wait at the gate", Duration.ofSeconds(30), () -> waitingSessions(url),
                        waiting -> waiting == 1);

                MigrationInfo v2 = observer.status().migrations().get(1);
                assertThat(v2.state()).isEqualTo(MigrationState.RUNNING);
                assertThat(v2.detail()).startsWith("by flux (process " + ProcessHandle.current().pid() + "), H2 session");
                observer.validate(); // no problem while it runs

                abortLockSession(url);
                Deadline.await("the aborted migrator's lock to go", Duration.ofSeconds(30),
                        () -> observer.status().migrations().get(1).state(), state -> state == MigrationState.FAILED);
                gate.rollback();
                assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            }
            assertThatThrownBy(observer::migrate).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED));
        }
    }

    private static Flux flux(Path migrations, String url) {
        return Flux.builder().backend("h2").migrationDirectory(migrations).url(url).lockTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static long waitingSessions(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void abortLockSession(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
            s.execute("CALL ABORT_SESSION((SELECT HOLDER_SESSION FROM flux_migrations_lock))");
        }
    }
}
