package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Secrets;
import dev.flux.ValidationException;
import dev.flux.Version;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProviders;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The MariaDB backend through the engine: names, URLs, options, the lock's message, the history's clock. */
@ExtendWith(MariaDbTestDatabase.class)
class MariaDbBackendTest {
    private MariaDbTestDatabase.Database database;
    private MigrationFolder folder;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = MariaDbTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "mariadb");
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    private MigrationBackend backend(Map<String, Object> options, Duration lockTimeout) {
        return new MariaDbBackendProvider().open(new BackendContext(database.dataSource(), options, lockTimeout,
                "flux", Secrets.none()));
    }

    @Test
    void theBackendIsFoundAsMariadbAndAsMysqlAndByEitherUrl() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(BackendProviders.find("mariadb", loader)).isInstanceOf(MariaDbBackendProvider.class);
        assertThat(BackendProviders.find("mysql", loader)).isInstanceOf(MySqlBackendProvider.class);
        assertThat(BackendProviders.forUrl("jdbc:mysql://db:3306/app", loader)).get()
                .extracting(p -> p.name()).isEqualTo("mariadb");
        assertThat(BackendProviders.forUrl("JDBC:MARIADB://db/app", loader)).get()
                .extracting(p -> p.name()).isEqualTo("mariadb");
    }

    @Test
    void aMysqlUrlMigratesThroughMariaDbConnectorJ() {
        folder.write("V1__t.sql", "CREATE TABLE t (id INT);\n");
        String url = database.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        try (Flux flux = Flux.builder().backend("mysql").migrationDirectory(folder.path()).url(url)
                .withoutConnectionSettings().build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__t");
        }
        try (Flux flux = Flux.builder().backend("mariadb").migrationDirectory(folder.path()).url(url)
                .withoutConnectionSettings().build()) {
            assertThat(flux.status().currentVersion()).as("the same history under either name").hasToString("1");
        }
    }

    @Test
    void badOptionsAreAllReportedBeforeAnythingConnects() {
        assertThatThrownBy(() -> Flux.builder().backend("mariadb").migrationDirectory(folder.path())
                .dataSource(database.dataSource()).backendOption("schema", "").backendOption("table", "x".repeat(65))
                .build().migrate())
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.schema").hasMessageContaining("backend.table")
                .hasMessageContaining("64 characters");
    }

    @Test
    void theSchemaOptionNamesTheDatabaseOfTheHistoryAndTheMigrationsAndIsCreatedWhenMissing() throws Exception {
        String other = database.name() + "_app";
        folder.write("V1__t.sql", "CREATE TABLE t (id INT);\nINSERT INTO t VALUES (1);\n");
        try (Flux flux = folder.flux(database.dataSource(), Map.of("schema", other), Duration.ofSeconds(5))) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__t");
            assertThat(flux.snapshot().table("t")).isPresent();
        }
        try {
            assertThat(database.count("SELECT COUNT(*) FROM `" + other + "`.t")).isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) FROM `" + other + "`.flux_migrations")).isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + database.name() + "'")).as("nothing in the URL's database").isZero();
        } finally {
            MariaDbTestDatabase.admin("DROP DATABASE IF EXISTS `" + other + "`");
        }
    }

    @Test
    void aUrlWithoutADatabaseAndNoSchemaIsRefusedSayingWhatToSet() {
        folder.write("V1__t.sql", "CREATE TABLE t (id INT);\n");
        String url = MariaDbTestDatabase.urlOf("").replace("/?", "?");
        try (Flux flux = Flux.builder().backend("mariadb").migrationDirectory(folder.path()).url(url)
                .withoutConnectionSettings().build()) {
            assertThatThrownBy(flux::migrate).isInstanceOf(FluxException.class)
                    .hasMessageContaining("no current database").hasMessageContaining("backend.schema");
        }
    }

    /** A connection that lives on after flux closes it, as in a pool, gets back what flux changed. */
    @Test
    void aPooledConnectionComesBackWithItsDatabaseTimeoutAndNoLocks() throws Exception {
        String other = database.name() + "_pool";
        folder.write("V1__t.sql", "CREATE TABLE t (id INT);\n");
        try (Connection shared = database.dataSource().getConnection()) {
            long timeout = number(shared, "SELECT @@SESSION.wait_timeout");
            javax.sql.DataSource pool = new org.mariadb.jdbc.MariaDbDataSource(database.url()) {
                @Override
                public Connection getConnection() {
                    return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close")
                                    ? null : method.invoke(shared, args));
                }
            };
            try (Flux flux = folder.flux(pool, Map.of("schema", other), Duration.ofSeconds(5))) {
                assertThat(flux.migrate().migrations()).containsExactly("V1__t");
            }
            assertThat(shared.getCatalog()).isEqualTo(database.name());
            assertThat(number(shared, "SELECT @@SESSION.wait_timeout")).isEqualTo(timeout);
            assertThat(number(shared, "SELECT COUNT(IS_USED_LOCK('flux:" + other + ".flux_migrations'))")).isZero();
            assertThat(shared.getAutoCommit()).isTrue();
        } finally {
            MariaDbTestDatabase.admin("DROP DATABASE IF EXISTS `" + other + "`");
        }
    }

    private static long number(Connection c, String query) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aLockTimeoutNamesTheHoldersConnectionUserAndHowToEndIt() throws Exception {
        try (MigrationBackend holder = backend(Map.of(), Duration.ofSeconds(1));
             MigrationBackend waiter = backend(Map.of(), Duration.ofSeconds(1))) {
            holder.migrationLock().lock();
            long id;
            try (Connection c = database.dataSource().getConnection()) {
                id = MariaDbTckTest.holderOf(c, "flux:" + database.name() + ".flux_migrations");
            }
            assertThatThrownBy(() -> waiter.migrationLock().lock())
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("within 1 s (lock_timeout)")
                    .hasMessageContaining("held by connection " + id + " (user 'root', host '")
                    .hasMessageContaining("KILL " + id);
        }
    }

    @Test
    void aLockSessionThatFailsBeforeItKnowsItsDatabaseIsReportedWithTheLocksNameNotNull() throws Exception {
        org.mariadb.jdbc.MariaDbDataSource real = database.dataSource();
        javax.sql.DataSource closedConnections = new org.mariadb.jdbc.MariaDbDataSource(database.url()) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = real.getConnection();
                c.close(); // a real connection that has gone away, as after a network failure
                return c;
            }
        };
        try (MigrationBackend backend = new MariaDbBackendProvider().open(new BackendContext(closedConnections,
                Map.of(), Duration.ofSeconds(1), "flux", Secrets.none()))) {
            assertThatThrownBy(() -> backend.migrationLock().lock())
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                    .hasMessageContaining("MariaDB lock 'flux:?.flux_migrations'").hasMessageNotContaining("'null'");
        }
    }

    @Test
    void completingARunningRowSetsItsTimeAnew() throws Exception {
        try (MigrationBackend backend = backend(Map.of(), Duration.ofSeconds(5))) {
            Connection c = backend.connection();
            backend.history().create(c);
            HistoryRow running = new HistoryRow(Version.parse("1"), "V1__x", "a".repeat(64), HistoryState.RUNNING,
                    0, null, 1);
            backend.history().insert(c, running);
            Instant started = backend.history().read(c).get(0).appliedAt();
            database.sql("DO SLEEP(0.01)"); // TIMESTAMP(6) tells the two apart without it; this only makes it plain
            backend.history().update(c, running.with(HistoryState.APPLIED, 2));
            HistoryRow applied = backend.history().read(c).get(0);
            assertThat(applied.state()).isEqualTo(HistoryState.APPLIED);
            assertThat(applied.appliedAt()).as("APPLIED_AT is set when the row completes").isAfter(started);
        }
    }

    @Test
    void noTransactionIsAcceptedAndFollowsTheSameRunningRowProtocol() throws Exception {
        folder.write("V1__t.sql", "-- flux:no-transaction\nCREATE TABLE t (id INT);\nINSERT INTO t VALUES (1);\n");
        try (Flux flux = folder.flux(database.dataSource())) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__t");
        }
        assertThat(database.count("SELECT STATEMENTS_DONE FROM flux_migrations WHERE STATE = 'APPLIED'"))
                .isEqualTo(2);
    }

    @Test
    void aFailureInAScriptWithDelimitersNamesTheExactLineAndRecordsTheStatementsDone() throws Exception {
        folder.write("V1__procs.sql", """
                CREATE TABLE t (id INT PRIMARY KEY);
                DELIMITER $$
                CREATE PROCEDURE fill()
                BEGIN
                  INSERT INTO t VALUES (1);
                END$$
                DELIMITER ;
                # the third statement fails: no such column
                INSERT INTO t (no_such_column)
                  VALUES (2);
                CALL fill();
                CREATE TABLE never (id INT);
                """);
        try (Flux flux = folder.flux(database.dataSource())) {
            assertThatThrownBy(flux::migrate)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                    .hasMessageContaining("statement 3 of 5").hasMessageContaining("V1__procs.sql:9")
                    .hasMessageContaining("no_such_column");
            assertThat(flux.status().migrations()).extracting(MigrationInfo::state)
                    .containsExactly(MigrationState.FAILED);
            assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED)).hasMessageContaining("2 statement(s) completed");
            assertThat(flux.snapshot().objects("procedure")).hasSize(1);
            assertThat(flux.snapshot().table("never")).isEmpty();
        }
        assertThat(database.count("SELECT STATEMENTS_DONE FROM flux_migrations WHERE STATE = 'RUNNING'"))
                .isEqualTo(2);
    }
}
