package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.Version;
import dev.flux.spi.BackendContext;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Options, sessions and the lock of the PostgreSQL backend, each test in a database of its own. */
@ExtendWith(PostgresTestDatabase.class)
class PostgresBackendTest {
    private PostgresTestDatabase.Database database;
    private MigrationFolder folder;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = PostgresTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "postgres")
                .write("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void byDefaultTheHistoryAndMigrationsGoToTheConnectionsCurrentSchema() throws SQLException {
        try (Flux flux = folder.flux(database.dataSource())) {
            flux.migrate();
        }
        assertThat(count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename IN ('users', 'flux_migrations')")).isEqualTo(2);
    }

    @Test
    void aMissingSchemaIsCreatedAndMigrationsRunInIt() throws SQLException {
        try (Flux flux = folder.flux(database.dataSource(), Map.of("schema", "App Data", "table", "schema_history"),
                Duration.ofSeconds(5))) {
            flux.migrate();
            assertThat(flux.snapshot().tables()).extracting(t -> t.name()).containsExactly("users");
        }
        assertThat(count("SELECT count(*) FROM pg_tables WHERE schemaname = 'App Data' "
                + "AND tablename IN ('users', 'schema_history')")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
    }

    @Test
    void aConnectionWithoutACurrentSchemaIsAConfigErrorThatSaysWhatToSet() {
        PGSimpleDataSource ds = database.newDataSource();
        ds.setCurrentSchema("no_such_schema");
        try (Flux flux = folder.flux(ds)) {
            assertThatThrownBy(flux::migrate)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                    .hasMessageContaining("no current schema").hasMessageContaining("no_such_schema")
                    .hasMessageContaining("Set backend.schema");
        }
    }

    @Test
    void optionsAreCheckedWhenTheMigratorIsBuilt() {
        assertThatThrownBy(() -> folder.flux(database.dataSource(), Map.of("shema", "app"), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.shema").hasMessageContaining("did you mean 'schema'");
        assertThatThrownBy(() -> folder.flux(database.dataSource(), Map.of("lock_id", "first", "table", ""),
                Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.lock_id: expected a whole number")
                .hasMessageContaining("backend.table: expected a table name");
        assertThatThrownBy(() -> folder.flux(database.dataSource(), Map.of("schema", "s".repeat(64)),
                Duration.ofSeconds(5))).hasMessageContaining("longer than PostgreSQL's limit of 63 bytes");
    }

    @Test
    void aLockTimeoutNamesTheHoldingSession() throws SQLException {
        try (MigrationBackend holder = open(Map.of("lock_id", 42L), Duration.ofSeconds(1));
             MigrationBackend waiter = open(Map.of("lock_id", 42L), Duration.ofSeconds(1));
             MigrationBackend other = open(Map.of("lock_id", 43L), Duration.ofSeconds(1))) {
            holder.migrationLock().lock();
            other.migrationLock().lock();
            long pid = count("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 42");
            assertThatThrownBy(waiter.migrationLock()::lock)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("advisory lock 42")
                    .hasMessageContaining("within 1 s (lock_timeout)")
                    .hasMessageContaining("held by pid " + pid + " (application 'flux migrator', client ")
                    .hasMessageContaining("pg_terminate_backend(" + pid + ")");
        }
    }

    @Test
    void aHistoryWriteUnderTheLockFailsWhenTheLockSessionDiedAndWritesNothing() throws Exception {
        try (MigrationBackend backend = open(Map.of("lock_id", 44L), Duration.ofSeconds(1))) {
            backend.migrationLock().lock();
            backend.history().create(backend.connection());
            backend.connection().setAutoCommit(false);
            backend.history().insert(backend.connection(),
                    new HistoryRow(Version.parse("1"), "V1__users", "a".repeat(64), HistoryState.APPLIED, 1, null, 1));
            backend.migrationLock().check();
            backend.connection().commit();

            terminateLockSession(44);
            assertThatThrownBy(() -> backend.history().insert(backend.connection(),
                    new HistoryRow(Version.parse("2"), "V2__x", "b".repeat(64), HistoryState.APPLIED, 1, null, 1)))
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("lost the migration lock");
            backend.connection().rollback();
        }
        try (MigrationBackend backend = open(Map.of("lock_id", 44L), Duration.ofSeconds(1))) {
            backend.migrationLock().lock();
            backend.connection().setAutoCommit(false);
            terminateLockSession(44);
            assertThatThrownBy(() -> backend.history().delete(backend.connection(), Version.parse("1")))
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("lost the migration lock");
            backend.connection().rollback();
        }
        assertThat(count("SELECT count(*) FROM flux_migrations")).isEqualTo(1);
    }

    @Test
    void aLockHeldByAnotherSessionDoesNotCountForTheHistoryWrite() throws Exception {
        try (MigrationBackend backend = open(Map.of("lock_id", 45L), Duration.ofSeconds(1))) {
            backend.migrationLock().lock();
            backend.history().create(backend.connection());
            terminateLockSession(45);
            try (Connection other = database.dataSource().getConnection(); Statement s = other.createStatement()) {
                s.execute("SELECT pg_advisory_lock(45)"); // another migrator now holds the same lock
                backend.connection().setAutoCommit(false);
                assertThatThrownBy(() -> backend.history().insert(backend.connection(), new HistoryRow(
                        Version.parse("1"), "V1__users", "a".repeat(64), HistoryState.APPLIED, 1, null, 1)))
                        .isInstanceOfSatisfying(FluxException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
                backend.connection().rollback();
            }
        }
        assertThat(count("SELECT count(*) FROM flux_migrations")).isZero();
    }

    /** Ends the session that holds advisory lock {@code lockId}, and waits until its lock is gone. */
    private void terminateLockSession(long lockId) throws Exception {
        String holder = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = " + lockId;
        assertThat(count(holder)).as("sessions holding advisory lock " + lockId).isEqualTo(1);
        long pid = count("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = " + lockId);
        database.sql("SELECT pg_terminate_backend(" + pid + ")");
        Deadline.await("session " + pid + ", holding advisory lock " + lockId + ", to end", Duration.ofSeconds(10),
                () -> count(holder) + count("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid),
                left -> left == 0);
    }

    @Test
    void statementsRunExactlyAsWrittenWhateverTheyHoldInside() throws SQLException {
        folder.write("V2__tricky.sql", """
                CREATE TABLE notes (id int, body text);
                CREATE TABLE notes_log (body text);
                INSERT INTO notes VALUES (1, E'it\\'s; {fn now()} ?'), (2, $q$a;b$q$), (3, 'x /* y */ ;');
                CREATE RULE notes_twice AS ON INSERT TO notes WHERE NEW.id < 0
                  DO ALSO (INSERT INTO notes_log VALUES ('a;'); INSERT INTO notes_log VALUES ('b;'));
                CREATE PROCEDURE add_note(n int) LANGUAGE sql
                BEGIN ATOMIC
                  INSERT INTO notes VALUES (n, CASE WHEN n > 9 THEN 'big;' ELSE 'small;' END);
                  INSERT INTO notes VALUES (n + 100, 'second;');
                END;
                CALL add_note(4);
                INSERT INTO notes VALUES (-1, 'rule');
                """);
        try (Flux flux = folder.flux(database.dataSource())) {
            flux.migrate();
        }
        assertThat(count("SELECT count(*) FROM notes")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM notes WHERE body IN ('it''s; {fn now()} ?', 'a;b', 'x /* y */ ;', "
                + "'small;', 'second;', 'rule')")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM notes_log WHERE body IN ('a;', 'b;')")).isEqualTo(2);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAConnectErrorWithoutThePassword() {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"127.0.0.1"});
        unreachable.setPortNumbers(new int[] {1});
        unreachable.setUser("app");
        unreachable.setPassword("s3cret-Pa55");
        try (Flux flux = folder.flux(unreachable)) {
            assertThatThrownBy(flux::migrate)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECT))
                    .hasMessageContaining("could not connect to PostgreSQL")
                    .hasMessageNotContaining("s3cret-Pa55");
        }
    }

    @Test
    void aPooledConnectionGetsItsSettingsBackAndKeepsNoLockWhenTheMigratorCloses() throws SQLException {
        try (Connection shared = database.newDataSource().getConnection()) {
            DataSource single = new SingleConnectionDataSource(shared);
            try (Flux flux = folder.flux(single, Map.of("schema", "app"), Duration.ofSeconds(5))) {
                flux.migrate();
            }
            try (Statement s = shared.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('search_path'), "
                         + "current_setting('application_name'), (SELECT count(*) FROM pg_locks "
                         + "WHERE locktype = 'advisory' AND pid = pg_backend_pid())")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
                assertThat(rs.getString(2)).isEqualTo("PostgreSQL JDBC Driver");
                assertThat(rs.getLong(3)).as("advisory locks still held").isZero();
            }
        }
    }

    private MigrationBackend open(Map<String, Object> options, Duration lockTimeout) {
        return new PostgresBackendProvider().open(new BackendContext(database.newDataSource(), options, lockTimeout,
                "flux", Secrets.none()));
    }

    private long count(String query) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
