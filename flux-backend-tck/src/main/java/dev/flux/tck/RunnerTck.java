package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.Command;
import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Plan;
import dev.flux.Result;
import dev.flux.ValidationException;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import dev.flux.spi.SchemaSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole backend driven by the engine, end to end: migrate, roll back, fail, repair, plan, and two
 * migrators at once. It finds the backend by name, as users do.
 */
public abstract class RunnerTck extends EngineTckBase {
    /** A whole script, with its terminators, that drops view {@code name} and succeeds when it does not exist. */
    protected String dropViewIfExistsScript(String name) {
        return "DROP VIEW IF EXISTS " + name + ";\n";
    }

    /**
     * The undo of the shop's V2, which created table {@code orders} (with foreign key {@code fk_orders_user})
     * and index {@code idx_orders_user} on it. By default it drops the index, then the table; a backend
     * whose index cannot be dropped while a foreign key needs it (MariaDB, MySQL) drops the table alone.
     */
    protected String ordersUndoScript() {
        return "DROP INDEX idx_orders_user;\nDROP TABLE orders;\n";
    }

    private void writeShop() {
        write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                + "INSERT INTO users (id, name) VALUES (1, 'ada');\n");
        write("V1__users.undo.sql", "DROP TABLE users;\n");
        write("V2__orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL,\n"
                + "  CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id));\n"
                + "CREATE INDEX idx_orders_user ON orders (user_id);\n");
        write("V2__orders.undo.sql", ordersUndoScript());
        write("V3__email.sql", "ALTER TABLE users ADD email VARCHAR(100);\n");
        write("V3__email.undo.sql", "ALTER TABLE users DROP COLUMN email;\n");
    }

    @Test
    void migratesReportsStatusRollsBackToATargetAndMigratesAgain() throws Exception {
        writeShop();
        Flux flux = flux();
        Result first = flux.migrate();
        assertThat(first.migrations()).containsExactly("V1__users", "V2__orders", "V3__email");
        assertThat(first.version()).hasToString("3");
        assertThat(flux.status().migrations()).extracting(MigrationInfo::state).containsOnly(MigrationState.APPLIED);
        assertThat(flux.status().migrations()).allSatisfy(m -> assertThat(m.appliedAt()).isNotNull());

        Result down = flux.rollbackTo("V1");
        assertThat(down.migrations()).containsExactly("V3__email", "V2__orders");
        assertThat(down.version()).hasToString("1");
        assertThat(flux.status().currentVersion()).hasToString("1");
        assertThat(flux.status().in(MigrationState.PENDING)).extracting(MigrationInfo::id)
                .containsExactly("V2__orders", "V3__email");
        assertThat(table(flux.snapshot(), "orders")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM users")).isEqualTo(1);

        assertThat(flux.migrate().migrations()).containsExactly("V2__orders", "V3__email");
        assertThat(flux.migrate().migrations()).as("nothing left to apply").isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("3");
    }

    @Test
    void undoRestoresTheSnapshotAndRedoGivesTheSameSchema() {
        writeShop();
        Flux flux = flux();
        for (String version : List.of("1", "2", "3")) {
            SchemaSnapshot before = flux.snapshot();
            flux.migrateTo(version);
            SchemaSnapshot applied = flux.snapshot();
            assertThat(applied.differencesFrom(before, false)).as("V%s changes the schema", version).isNotEmpty();
            flux.rollback(1);
            assertThat(flux.snapshot().differencesFrom(before, false)).as("after undo of V%s", version).isEmpty();
            flux.migrateTo(version);
            assertThat(flux.snapshot().differencesFrom(applied, false)).as("after redo of V%s", version).isEmpty();
        }
    }

    @Test
    void aFailureAtStatementThreeOfFiveLeavesOnlyWhatTheHistoryRecords() throws Exception {
        write("V1__five.sql", "CREATE TABLE t1 (id INT);\nCREATE TABLE t2 (id INT);\n"
                + "INSERT INTO no_such_table VALUES (1);\nCREATE TABLE t3 (id INT);\nCREATE TABLE t4 (id INT);\n");
        Flux flux = flux();
        MigrationBackend backend = backend(Duration.ofSeconds(5));
        assertThatThrownBy(flux::migrate)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("V1__five")
                .hasMessageContaining("statement 3 of 5")
                .hasMessageContaining("V1__five.sql:3")
                .hasMessageContaining("SQLState")
                .hasMessageContaining(backend.transactionalDdl() ? "rolled back"
                        : "2 of 5 statements completed (V1__five.sql:1, V1__five.sql:2)");
        SchemaSnapshot after = flux.snapshot();
        assertThat(table(after, "t3")).isEmpty();
        if (backend.transactionalDdl()) {
            assertThat(table(after, "t1")).as("statement 1 rolled back").isEmpty();
            assertThat(table(after, "t2")).as("statement 2 rolled back").isEmpty();
            assertThat(history()).isEmpty();
            return;
        }
        assertThat(history()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(HistoryState.RUNNING);
            assertThat(row.statementsDone()).isEqualTo(2);
        });
        assertThat(flux.status().migrations()).extracting(MigrationInfo::state).containsExactly(MigrationState.FAILED);
        assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED))
                .hasMessageContaining("2 statement(s) completed (V1__five.sql:1, V1__five.sql:2)");

        sql("DROP TABLE t1");
        sql("DROP TABLE t2");
        write("V1__five.sql", "CREATE TABLE t1 (id INT);\nCREATE TABLE t2 (id INT);\n"
                + "CREATE TABLE t5 (id INT);\nCREATE TABLE t3 (id INT);\nCREATE TABLE t4 (id INT);\n");
        assertThat(flux.repair().removedFailedRows()).containsExactly("V1__five");
        assertThat(flux.migrate().migrations()).containsExactly("V1__five");
        assertThat(history()).extracting(HistoryRow::state).containsExactly(HistoryState.APPLIED);
    }

    @Test
    void rollbackIsRefusedBeforeAnythingRunsWhenAnUndoIsMissing() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id INT);\n");
        write("V1__a.undo.sql", "DROP TABLE a;\n");
        write("V2__b.sql", "CREATE TABLE b (id INT);\n");
        Flux flux = flux();
        flux.migrate();
        SchemaSnapshot before = flux.snapshot();
        assertThatThrownBy(() -> flux.rollback(2))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_UNDO))
                .hasMessageContaining("V2__b");
        assertThat(flux.snapshot().differencesFrom(before, true)).isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("2");
    }

    @Test
    void planListsEveryStatementAndChangesNothing() throws Exception {
        writeShop();
        write("post-apply/010_view.sql", "CREATE VIEW user_names AS SELECT name FROM users;\n");
        Flux flux = flux();
        Plan plan = flux.plan(Command.migrate());
        assertThat(plan.steps()).extracting(s -> s.kind() + " " + s.id()).containsExactly(
                "APPLY V1__users", "APPLY V2__orders", "APPLY V3__email", "POST_APPLY post-apply/010_view.sql");
        assertThat(plan.steps().get(0).statements()).hasSize(2);
        assertThat(plan.toVersion()).hasToString("3");
        assertThat(flux.snapshot().tables()).isEmpty();
        MigrationBackend backend = backend(Duration.ofSeconds(5));
        assertThat(backend.history().exists(backend.connection())).as("a plan creates nothing").isFalse();
    }

    @Test
    void repeatablesRunAroundEveryBatchEvenAfterAFailure() throws Exception {
        write("pre-apply/010_drop_view.sql", dropViewIfExistsScript("user_names"));
        write("post-apply/010_view.sql", "CREATE VIEW user_names AS SELECT name FROM users;\n");
        write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n");
        Flux flux = flux();
        flux.migrate();
        assertThat(flux.snapshot().objects("view")).hasSize(1);
        write("V2__widen.sql", "ALTER TABLE users ADD note VARCHAR(10);\n");
        write("V3__broken.sql", "INSERT INTO no_such_table VALUES (1);\n");
        assertThatThrownBy(flux::migrate).isInstanceOf(FluxException.class).hasMessageContaining("V3__broken");
        assertThat(flux.snapshot().objects("view")).as("post-apply ran after the failure").hasSize(1);
        assertThat(flux.status().in(MigrationState.APPLIED)).extracting(MigrationInfo::id)
                .containsExactly("V1__users", "V2__widen");
    }

    @Test
    void twoMigratorsAtOnceApplyEveryMigrationExactlyOnce() throws Exception {
        write("V1__log.sql", "CREATE TABLE applied_log (n INT);\n");
        for (int i = 2; i <= 6; i++) {
            write("V" + i + "__entry.sql", "INSERT INTO applied_log (n) VALUES (" + i + ");\n");
        }
        List<Flux> migrators = List.of(flux(), flux());
        CyclicBarrier start = new CyclicBarrier(migrators.size());
        ExecutorService pool = Executors.newFixedThreadPool(migrators.size());
        List<Integer> appliedCounts = new ArrayList<>();
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (Flux f : migrators) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return f.migrate();
                }));
            }
            for (Future<Result> r : results) {
                appliedCounts.add(r.get(60, TimeUnit.SECONDS).migrations().size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(appliedCounts).containsExactlyInAnyOrder(6, 0);
        assertThat(count("SELECT COUNT(*) FROM applied_log")).isEqualTo(5);
        assertThat(history()).hasSize(6);
    }

    @Test
    void aHeldLockMakesMigrateTimeOutWithoutChangingAnything() {
        write("V1__a.sql", "CREATE TABLE a (id INT);\n");
        MigrationLock holder = backend(Duration.ofSeconds(1)).migrationLock();
        holder.lock();
        Flux flux = flux(Duration.ofSeconds(1));
        assertThatThrownBy(flux::migrate)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
        holder.unlock();
        assertThat(flux.snapshot().tables()).isEmpty();
        assertThat(flux.status().currentVersion()).hasToString("0");
    }

    @Test
    void editedMissingAndOutOfOrderMigrationsAreReportedTogether() {
        writeShop();
        Flux flux = flux();
        flux.migrateTo("V2");
        write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL);\n");
        write("V1.5__late.sql", "CREATE TABLE late (id INT);\n");
        assertThatThrownBy(flux::validate).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(p -> p.code() + " " + p.where()).containsExactlyInAnyOrder(
                        "FLUX-CHECKSUM V1__users.sql", "FLUX-GAP V1.5__late.sql"));
        assertThatThrownBy(flux::migrate).isInstanceOf(ValidationException.class);
        assertThat(flux.status().currentVersion()).hasToString("2");
        assertThatThrownBy(() -> flux.plan(Command.migrate())).isInstanceOf(ValidationException.class);
    }
}
