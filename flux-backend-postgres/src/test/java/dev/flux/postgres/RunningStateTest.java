package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Result;
import dev.flux.ValidationException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration another migrator is applying shows as RUNNING, naming that migrator, and is no problem for
 * validation; once that migrator is killed, it is FAILED.
 */
@ExtendWith(PostgresTestDatabase.class)
class RunningStateTest {
    private static final int GATE = 7720;
    private static final String WAITING_AT_THE_GATE = AdvisoryLocks.waitingAt(GATE);

    private PostgresTestDatabase.Database database;
    private MigrationFolder folder;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = PostgresTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "postgres");
        folder.write("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        folder.write("V2__gated.sql", "-- flux:no-transaction\nCREATE TABLE gated (id int);\n"
                + "SELECT pg_advisory_lock(" + GATE + ");\nINSERT INTO gated VALUES (1);\n");
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void aMigrationInProgressIsRunningUntilItsMigratorIsKilled() throws Exception {
        try (Connection gate = database.newDataSource().getConnection();
             Flux migrator = folder.flux(database.newDataSource(), Map.of(), Duration.ofSeconds(5));
             Flux observer = folder.flux(database.newDataSource(), Map.of(), Duration.ofSeconds(5))) {
            sql(gate, "SELECT pg_advisory_lock(" + GATE + ")");
            CompletableFuture<Result> running = CompletableFuture.supplyAsync(migrator::migrate);
            Deadline.await("the migrator to wait at the gate, in statement 2 of V2__gated", Duration.ofSeconds(30),
                    () -> query(WAITING_AT_THE_GATE), waiting -> waiting == 1);

            MigrationInfo v2 = observer.status().migrations().get(1);
            assertThat(v2.state()).isEqualTo(MigrationState.RUNNING);
            assertThat(v2.detail()).startsWith("by pid ").contains("application 'flux migrator'");
            observer.validate(); // no problem while it runs

            database.sql("SELECT pg_terminate_backend((" + AdvisoryLocks.LOCK_SESSION + "))");
            Deadline.await("the killed migrator's lock to go", Duration.ofSeconds(10),
                    () -> observer.status().migrations().get(1).state(), state -> state == MigrationState.FAILED);
            assertThat(observer.status().migrations().get(1).detail()).isNull();
            sql(gate, "SELECT pg_advisory_unlock(" + GATE + ")");
            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("lost the migration lock");
            assertThatThrownBy(observer::migrate).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED));
        }
    }

    private static void sql(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
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
