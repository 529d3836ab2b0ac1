package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.spi.MigrationBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class H2LockTest {
    @TempDir
    Path dir;

    private final List<MigrationBackend> backends = new ArrayList<>();

    @AfterEach
    void close() {
        backends.forEach(MigrationBackend::close);
    }

    private String url(String kind) {
        return switch (kind) {
            case "mem" -> TestDatabase.inMemory().url();
            case "file" -> "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
            case "auto-server" -> "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A backend with a data source of its own, so that its connections can be told apart. */
    private MigrationBackend backend(TestDatabase db, Map<String, Object> options) {
        MigrationBackend b = db.backend(Duration.ofSeconds(1), options);
        backends.add(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file", "auto-server"})
    void secondMigratorTimesOutNamingTheHolder(String kind) {
        String url = url(kind);
        MigrationBackend first = backend(TestDatabase.at(url), Map.of());
        MigrationBackend second = backend(TestDatabase.at(url), Map.of());
        first.migrationLock().lock();
        long start = System.nanoTime();
        assertThatThrownBy(second.migrationLock()::lock).isInstanceOfSatisfying(FluxException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.LOCK);
            assertThat(e.getMessage())
                    .startsWith("FLUX-LOCK: could not take the migration lock within 1 s: another migrator holds it")
                    .contains("flux-test (process " + ProcessHandle.current().pid() + "), H2 session ")
                    .contains("of user SA")
                    .contains("the lock disappears as soon as its database connection closes")
                    .contains("raise lock_timeout");
        });
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).as("waited for its lock_timeout").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aSubSecondLockTimeoutOfTheBuilderIsKeptToTheMillisecond() throws Exception {
        TestDatabase db = TestDatabase.inMemory();
        backend(db, Map.of()).migrationLock().lock();
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE users (id INT);\n");

        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(migrations).dataSource(db)
                .lockTimeout(Duration.ofMillis(300)).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(flux::migrate)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("could not take the migration lock within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for its 300 ms")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file", "auto-server"})
    void unlockLetsTheNextMigratorIn(String kind) {
        String url = url(kind);
        MigrationBackend first = backend(TestDatabase.at(url), Map.of());
        MigrationBackend second = backend(TestDatabase.at(url), Map.of());
        first.migrationLock().lock();
        first.migrationLock().unlock();
        second.migrationLock().lock();
        second.migrationLock().check();
        assertThatThrownBy(first.migrationLock()::lock).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file", "auto-server"})
    void lockDisappearsWhenTheHoldersConnectionsCloseWithoutUnlock(String kind) throws SQLException {
        String url = url(kind);
        TestDatabase holderSource = TestDatabase.at(url);
        MigrationBackend holder = backend(holderSource, Map.of());
        MigrationBackend next = backend(TestDatabase.at(url), Map.of());
        holder.connection();
        holder.migrationLock().lock();
        for (Connection c : holderSource.connections()) {
            c.close();
        }
        next.migrationLock().lock();
        next.migrationLock().check();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file", "auto-server"})
    void lockSurvivesDdlOnTheWorkConnection(String kind) throws SQLException {
        String url = url(kind);
        MigrationBackend first = backend(TestDatabase.at(url), Map.of());
        MigrationBackend second = backend(TestDatabase.at(url), Map.of());
        first.migrationLock().lock();
        first.history().create(first.connection());
        Connection work = first.connection();
        try (Statement s = work.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            work.setAutoCommit(false);
            s.execute("CREATE INDEX t_id ON t (id)");
            s.execute("DROP TABLE t");
            work.commit();
            work.setAutoCommit(true);
        }
        first.migrationLock().check();
        assertThatThrownBy(second.migrationLock()::lock).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void lockWithAConfiguredSchemaCreatesItFirst() throws SQLException {
        String url = url("mem");
        MigrationBackend first = backend(TestDatabase.at(url), Map.of("schema", "migrations"));
        MigrationBackend second = backend(TestDatabase.at(url), Map.of("schema", "migrations"));
        first.migrationLock().lock();
        assertThatThrownBy(second.migrationLock()::lock).hasMessageContaining("MIGRATIONS.FLUX_MIGRATIONS_LOCK");
        first.history().create(first.connection());
        assertThat(first.history().exists(first.connection())).isTrue();
    }

    @Test
    void lockIsTakenOnceAndUnlockWithoutLockDoesNothing() {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of());
        b.migrationLock().unlock();
        b.migrationLock().lock();
        b.migrationLock().lock();
        b.migrationLock().check();
        b.migrationLock().unlock();
        b.migrationLock().unlock();
        MigrationBackend next = backend(TestDatabase.at(db.url()), Map.of());
        next.migrationLock().lock();
        next.migrationLock().check();
    }

    @Test
    void checkLockFailsWhenTheLockIsNotHeld() {
        MigrationBackend b = backend(TestDatabase.inMemory(), Map.of());
        assertThatThrownBy(b.migrationLock()::check).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void checkLockFailsAfterTheLockConnectionClosed() throws SQLException {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of());
        b.migrationLock().lock();
        b.migrationLock().check();
        assertThat(db.connections()).hasSize(1);
        db.connections().get(0).close();
        assertThatThrownBy(b.migrationLock()::check).isInstanceOfSatisfying(FluxException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.LOCK);
            assertThat(e.getMessage()).contains("the migration lock was lost");
        });
    }

    @Test
    void checkLockFailsAfterTheLockSessionWasKilled() throws SQLException {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of());
        b.migrationLock().lock();
        db.run("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ UNCOMMITTED",
                "CALL ABORT_SESSION((SELECT HOLDER_SESSION FROM FLUX_MIGRATIONS_LOCK))");
        assertThatThrownBy(b.migrationLock()::check).hasMessageContaining("FLUX-LOCK: the migration lock was lost");
        MigrationBackend next = backend(TestDatabase.at(db.url()), Map.of());
        next.migrationLock().lock();
        next.migrationLock().check();
    }

    @Test
    void closeReleasesTheLock() {
        String url = url("mem");
        MigrationBackend first = TestDatabase.at(url).backend();
        first.migrationLock().lock();
        first.close();
        MigrationBackend next = backend(TestDatabase.at(url), Map.of());
        next.migrationLock().lock();
        next.migrationLock().check();
    }

    @Test
    void lockTableIsNotTheHistoryTable() throws SQLException {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of("table", "history"));
        b.migrationLock().lock();
        assertThat(b.history().exists(b.connection())).isFalse();
        db.run("SELECT ID FROM history_lock");
    }

    @Test
    void theNextLockReusesTheLockConnectionAndStillExcludesOthers() {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of());
        b.migrationLock().lock();
        b.migrationLock().unlock();
        MigrationBackend other = backend(TestDatabase.at(db.url()), Map.of());
        other.migrationLock().lock();
        other.migrationLock().check();
        other.migrationLock().unlock();
        b.migrationLock().lock();
        b.migrationLock().check();
        assertThat(db.connections()).as("one lock connection for both locks").hasSize(1);
        assertThatThrownBy(backend(TestDatabase.at(db.url()), Map.of()).migrationLock()::lock).isInstanceOfSatisfying(
                FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void theLockTableIsCreatedAgainWhenItWasDroppedBetweenLocks() throws SQLException {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of());
        b.migrationLock().lock();
        b.migrationLock().unlock();
        db.run("DROP TABLE FLUX_MIGRATIONS_LOCK");
        b.migrationLock().lock();
        assertThatThrownBy(backend(TestDatabase.at(db.url()), Map.of()).migrationLock()::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
        b.migrationLock().unlock();
        db.run("DELETE FROM FLUX_MIGRATIONS_LOCK");
        b.migrationLock().lock();
        assertThatThrownBy(backend(TestDatabase.at(db.url()), Map.of()).migrationLock()::lock)
                .as("the row is inserted again")
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void aLockConnectionClosedBetweenLocksIsReplaced() throws SQLException {
        TestDatabase db = TestDatabase.inMemory();
        MigrationBackend b = backend(db, Map.of());
        b.migrationLock().lock();
        b.migrationLock().unlock();
        db.connections().get(0).close();
        b.migrationLock().lock();
        b.migrationLock().check();
        assertThat(db.connections()).hasSize(2);
    }
}
