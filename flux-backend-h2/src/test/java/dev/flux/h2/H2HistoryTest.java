package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class H2HistoryTest {
    private final TestDatabase db = TestDatabase.inMemory();
    private final List<MigrationBackend> backends = new ArrayList<>();

    @AfterEach
    void close() {
        backends.forEach(MigrationBackend::close);
    }

    private MigrationBackend backend(Map<String, Object> options) {
        MigrationBackend b = db.backend(Duration.ofSeconds(1), options);
        backends.add(b);
        return b;
    }

    private static HistoryRow row(String version, HistoryState state, int done) {
        return new HistoryRow(Version.parse(version), "V" + version + "__x", "c".repeat(64), state, done, null, 12);
    }

    @Test
    void ddlIsNotTransactional() {
        assertThat(backend(Map.of()).transactionalDdl()).isFalse();
    }

    @Test
    void historyExistsNeverCreatesTheTable() throws SQLException {
        MigrationBackend b = backend(Map.of());
        assertThat(b.history().exists(b.connection())).isFalse();
        assertThat(rows(b)).isEmpty();
        assertThat(b.history().exists(b.connection())).isFalse();
        assertThat(tableCount("PUBLIC", "FLUX_MIGRATIONS")).isZero();
    }

    @Test
    void historyDroppedByHandBetweenCommandsReadsEmptyAndIsCreatedAgain() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        b.connection().setAutoCommit(true);
        b.history().insert(b.connection(), row("1", HistoryState.APPLIED, 1));
        assertThat(rows(b)).hasSize(1);
        db.run("DROP TABLE flux_migrations");
        assertThat(rows(b)).isEmpty();
        b.history().create(b.connection());
        assertThat(b.history().exists(b.connection())).isTrue();
        assertThat(rows(b)).isEmpty();
    }

    @Test
    void countsKeepTheTimeOfTheRunningRowAndCompletionSetsItAgain() throws Exception {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        b.connection().setAutoCommit(true);
        b.history().insert(b.connection(), row("1", HistoryState.RUNNING, 0));
        db.run("UPDATE flux_migrations SET APPLIED_AT = TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00'");
        b.history().update(b.connection(), row("1", HistoryState.RUNNING, 1));
        assertThat(rows(b).get(0).appliedAt()).isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
        assertThat(rows(b).get(0).statementsDone()).isEqualTo(1);
        b.history().update(b.connection(), row("1", HistoryState.APPLIED, 2));
        HistoryRow done = rows(b).get(0);
        assertThat(done.state()).isEqualTo(HistoryState.APPLIED);
        assertThat(done.statementsDone()).isEqualTo(2);
        assertThat(done.appliedAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        db.run("UPDATE flux_migrations SET APPLIED_AT = TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00'");
        b.history().update(b.connection(), row("1", HistoryState.APPLIED, 2));
        assertThat(rows(b).get(0).appliedAt()).as("an applied row keeps its time")
                .isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
    }

    @Test
    void createsTheHistoryTableAsAnUnquotedNameWouldBeAndTwiceIsFine() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        b.history().create(b.connection());
        assertThat(b.history().exists(b.connection())).isTrue();
        assertThat(tableCount("PUBLIC", "FLUX_MIGRATIONS")).isOne();
        db.run("SELECT VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, APPLIED_AT, EXECUTION_MS FROM flux_migrations");
    }

    @Test
    void foldsNamesToLowerCaseWhenTheDatabaseDoes() throws SQLException {
        TestDatabase lower = TestDatabase.at("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (MigrationBackend b = lower.backend(Duration.ofSeconds(1), Map.of("schema", "App"))) {
            b.migrationLock().lock();
            b.history().create(b.connection());
            b.history().insert(b.connection(), row("1", HistoryState.APPLIED, 1));
            assertThat(rows(b)).hasSize(1);
            assertThat(b.connection().getSchema()).isEqualTo("app");
        }
        lower.run("SELECT version FROM app.flux_migrations", "SELECT id FROM \"app\".\"flux_migrations_lock\"");
    }

    @Test
    void createsTheConfiguredSchemaAndMakesItCurrent() throws SQLException {
        MigrationBackend b = backend(Map.of("schema", "app", "table", "history"));
        assertThat(b.history().exists(b.connection())).isFalse();
        b.history().create(b.connection());
        assertThat(tableCount("APP", "HISTORY")).isOne();
        assertThat(b.connection().getSchema()).isEqualTo("APP");
        b.history().insert(b.connection(), row("1", HistoryState.APPLIED, 1));
        MigrationBackend again = backend(Map.of("schema", "app", "table", "history"));
        assertThat(again.connection().getSchema()).isEqualTo("APP");
        assertThat(rows(again)).extracting(r -> r.version().toString()).containsExactly("1");
    }

    @Test
    void twoMigratorsCreatingAtOnceBothSucceed() throws Exception {
        for (int round = 0; round < 5; round++) {
            TestDatabase fresh = TestDatabase.inMemory();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<Boolean> create = () -> {
                        try (MigrationBackend b = fresh.backend(Duration.ofSeconds(5), Map.of("schema", "s"))) {
                            b.connection();
                            start.await();
                            b.history().create(b.connection());
                            return b.history().exists(b.connection());
                        }
                    };
                    results.add(pool.submit(create));
                }
                for (Future<Boolean> result : results) {
                    assertThat(result.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void insertsReadsUpdatesAndDeletesRows() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        Instant before = Instant.now().minusSeconds(5);
        b.history().insert(b.connection(), row("1", HistoryState.RUNNING, 0));
        HistoryRow read = rows(b).get(0);
        assertThat(read.version()).hasToString("1");
        assertThat(read.id()).isEqualTo("V1__x");
        assertThat(read.checksum()).isEqualTo("c".repeat(64));
        assertThat(read.state()).isEqualTo(HistoryState.RUNNING);
        assertThat(read.executionMillis()).isEqualTo(12);
        assertThat(read.appliedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(5));

        b.history().update(b.connection(), new HistoryRow(Version.parse("1"), "ignored", "ignored",
                HistoryState.APPLIED, 3, null, 99));
        HistoryRow applied = rows(b).get(0);
        assertThat(applied.state()).isEqualTo(HistoryState.APPLIED);
        assertThat(applied.statementsDone()).isEqualTo(3);
        assertThat(applied.executionMillis()).isEqualTo(99);
        assertThat(applied.id()).isEqualTo("V1__x");
        assertThat(applied.appliedAt()).isAfterOrEqualTo(read.appliedAt());

        b.history().updateChecksum(b.connection(), Version.parse("1"), "V1__renamed", "d".repeat(64));
        assertThat(rows(b).get(0)).extracting(HistoryRow::id, HistoryRow::checksum)
                .containsExactly("V1__renamed", "d".repeat(64));

        b.history().delete(b.connection(), Version.parse("1"));
        assertThat(rows(b)).isEmpty();
    }

    @Test
    void writesRunInTheEnginesTransaction() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        Connection c = b.connection();
        c.setAutoCommit(false);
        b.history().insert(b.connection(), row("1", HistoryState.APPLIED, 1));
        c.rollback();
        c.setAutoCommit(true);
        assertThat(rows(b)).isEmpty();
    }

    @Test
    void updatingAMissingRowFails() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        assertThatThrownBy(() -> b.history().update(b.connection(), row("7", HistoryState.APPLIED, 1)))
                .isInstanceOf(SQLException.class).hasMessageContaining("no row for version 7");
    }

    @Test
    void readsRowsInVersionOrderNotTextOrder() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        for (String v : List.of("10", "2", "1.10", "1.2", "1.1", "20261126.1", "1", "2.0.1")) {
            b.history().insert(b.connection(), row(v, HistoryState.APPLIED, 1));
        }
        assertThat(rows(b)).extracting(r -> r.version().toString())
                .containsExactly("1", "1.1", "1.2", "1.10", "2", "2.0.1", "10", "20261126.1");
    }

    @Test
    void unknownStateIsReportedWithTheVersion() throws SQLException {
        MigrationBackend b = backend(Map.of());
        b.history().create(b.connection());
        b.history().insert(b.connection(), row("3", HistoryState.APPLIED, 1));
        db.run("UPDATE flux_migrations SET STATE = 'BROKEN'");
        assertThatThrownBy(() -> rows(b)).isInstanceOf(SQLException.class)
                .hasMessageContaining("'BROKEN' for version 3");
    }

    private int tableCount(String schema, String table) throws SQLException {
        try (Connection c = db.getConnection(); var s = c.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<HistoryRow> rows(MigrationBackend backend) throws SQLException {
        return backend.history().read(backend.connection());
    }
}
