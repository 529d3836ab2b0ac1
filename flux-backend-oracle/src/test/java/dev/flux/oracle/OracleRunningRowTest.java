package dev.flux.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.ValidationException;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The running-row protocol on Oracle, whose DDL commits implicitly: a failure or a killed session leaves a
 * failed row with the count of completed statements, and migrate refuses to go on until repair.
 */
class OracleRunningRowTest extends OracleTestBase {

    @Test
    void aFailureHalfWayLeavesAFailedRowAndMigrateRefusesUntilRepair() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__orders.sql", "CREATE TABLE orders (id NUMBER PRIMARY KEY);\nINSERT INTO orders VALUES (1);\n"
                + "INSERT INTO no_such_table VALUES (1);\nCREATE TABLE lines (id NUMBER);\n");
        Flux flux = flux(db.dataSource(), Map.of());
        assertThatThrownBy(flux::migrate)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("statement 3 of 4 (V1__orders.sql:3)")
                .hasMessageContaining("ORA-00942")
                .hasMessageContaining("2 of 4 statements completed")
                .hasMessageContaining("run repair");
        MigrationBackend reader = backend(db.dataSource(), Duration.ofSeconds(5), Map.of());
        assertThat(reader.history().read(reader.connection())).singleElement()
                .satisfies(row -> {
                    assertThat(row.state()).isEqualTo(HistoryState.RUNNING);
                    assertThat(row.statementsDone()).isEqualTo(2);
                });
        assertThat(strings(db.dataSource(), "SELECT COUNT(*) FROM orders")).as("DDL and DML before the failure stay")
                .containsExactly("1");
        assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED)).hasMessageContaining("2 statement(s) completed");

        sql(db.dataSource(), "DROP TABLE orders PURGE");
        write("V1__orders.sql", "CREATE TABLE orders (id NUMBER PRIMARY KEY);\nINSERT INTO orders VALUES (1);\n"
                + "CREATE TABLE lines (id NUMBER);\n");
        assertThat(flux.repair().removedFailedRows()).containsExactly("V1__orders");
        assertThat(flux.migrate().migrations()).containsExactly("V1__orders");
        assertThat(flux.status().migrations()).extracting(MigrationInfo::state).containsExactly(MigrationState.APPLIED);
    }

    @Test
    void aKilledSessionLeavesTheCountOfCompletedStatementsAndReleasesTheLock() throws Exception {
        OracleTestDatabase.Schema db = schema();
        write("V1__slow.sql", "CREATE TABLE first_step (n NUMBER);\nBEGIN\n  DBMS_SESSION.SLEEP(120);\nEND;\n/\n"
                + "CREATE TABLE never_reached (n NUMBER);\n");
        Flux victim = flux(db.dataSource(), Map.of());
        CompletableFuture<Void> run = CompletableFuture.runAsync(victim::migrate);
        awaitRunningRow(db, 1);
        List<String> sessions = strings(OracleTestDatabase.admin().dataSource(),
                "SELECT SID || ',' || SERIAL# FROM V$SESSION WHERE USERNAME = ?", db.name());
        for (String session : sessions) {
            db.asAdmin("ALTER SYSTEM KILL SESSION '" + session + "' IMMEDIATE");
        }
        // The kill lands in statement 2 or, if just before it, makes statement 2 fail on the dead session.
        assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("V1__slow failed at statement 2 of 3 (V1__slow.sql:2)")
                .hasMessageContaining("1 of 3 statements completed (V1__slow.sql:1) and are recorded in a failed"
                        + " history row");

        Flux next = flux(db.dataSource(), Map.of());
        assertThat(next.status().migrations()).extracting(MigrationInfo::state).containsExactly(MigrationState.FAILED);
        assertThatThrownBy(next::migrate).as("the lock is free, but the failed row stops migrate")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED))
                .hasMessageContaining("1 statement(s) completed (V1__slow.sql:1)");
    }

    private void awaitRunningRow(OracleTestDatabase.Schema db, int done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var watcher = backend(db.dataSource(), Duration.ofSeconds(5), Map.of());
        while (System.nanoTime() < deadline) {
            List<HistoryRow> rows = watcher.history().read(watcher.connection());
            if (!rows.isEmpty() && rows.get(0).statementsDone() == done) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the migration never reached statement " + (done + 1));
    }
}
