package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failing migrations on PostgreSQL: rolled back completely, with errors that say where and how to fix.
 * Each test has a database of its own, since CREATE INDEX CONCURRENTLY waits on the whole database.
 */
@ExtendWith(PostgresTestDatabase.class)
class FailedMigrationTest {
    private PostgresTestDatabase.Database database;
    private MigrationFolder folder;
    private Flux flux;

    @BeforeEach
    void setUp(@TempDir Path dir) throws SQLException {
        database = PostgresTestDatabase.freshDatabase();
        folder = new MigrationFolder(dir, "postgres");
        flux = folder.flux(database.dataSource());
    }

    @AfterEach
    void tearDown() throws SQLException {
        flux.close();
        database.close();
    }

    @Test
    void aFailureAtStatementThreeOfFiveLeavesNothingAndNamesTheStatement() throws SQLException {
        folder.write("V1__five.sql", """
                CREATE TABLE one (id int);
                CREATE TABLE two (id int);
                INSERT INTO
                  missing_table VALUES (1);
                CREATE TABLE four (id int);
                CREATE TABLE five (id int);
                """);
        assertThatThrownBy(flux::migrate)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("V1__five failed at statement 3 of 5")
                .hasMessageContaining("V1__five.sql:3")
                .hasMessageContaining("SQLState 42P01")
                .hasMessageContaining("relation \"missing_table\" does not exist")
                .hasMessageContaining("rolled back");
        assertThat(count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flux_migrations'"))
                .as("tables of statements 1 and 2").isZero();
        assertThat(count("SELECT count(*) FROM flux_migrations")).as("history rows").isZero();
        assertThat(flux.status().migrations()).extracting(MigrationInfo::state).containsExactly(MigrationState.PENDING);
    }

    @Test
    void aStatementThatNeedsNoTransactionTellsToAddTheDirective() throws SQLException {
        folder.write("V1__users.sql", "CREATE TABLE users (id int, email text);\n");
        folder.write("V2__email_index.sql", "CREATE TABLE audit (id int);\n\n"
                + "CREATE INDEX CONCURRENTLY users_email ON users (email);\n");
        assertThatThrownBy(flux::migrate)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("V2__email_index failed at statement 2 of 2 (V2__email_index.sql:3)")
                .hasMessageContaining("SQLState 25001")
                .hasMessageContaining("cannot run inside a transaction block")
                .hasMessageContaining("add -- flux:no-transaction as the first line of the migration");
        assertThat(count("SELECT count(*) FROM pg_tables WHERE tablename = 'audit'")).isZero();
        assertThat(flux.status().currentVersion()).hasToString("1");

        folder.write("V2__email_index.sql", "-- flux:no-transaction\nCREATE TABLE audit (id int);\n\n"
                + "CREATE INDEX CONCURRENTLY users_email ON users (email);\n");
        assertThat(flux.migrate().migrations()).containsExactly("V2__email_index");
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE indexname = 'users_email'")).isEqualTo(1);
    }

    @Test
    void aMigrationThatCommitsByItselfIsRefusedBeforeItCommits() throws SQLException {
        folder.write("V1__commits.sql", "CREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);\n");
        assertThatThrownBy(flux::migrate)
                .hasMessageContaining("statement 2 of 3 (V1__commits.sql:2)")
                .hasMessageContaining("flux refuses COMMIT")
                .hasMessageContaining("-- flux:no-transaction");
        assertThat(count("SELECT count(*) FROM pg_tables WHERE tablename = 'a'")).isZero();
    }

    @Test
    void usingANewEnumValueInTheSameMigrationTellsToSplitIt() {
        folder.write("V1__status.sql", "CREATE TYPE status AS ENUM ('new');\nCREATE TABLE t (s status);\n");
        folder.write("V2__more.sql", "ALTER TYPE status ADD VALUE 'done';\nINSERT INTO t VALUES ('done');\n");
        assertThatThrownBy(flux::migrate)
                .hasMessageContaining("statement 2 of 2 (V2__more.sql:2)")
                .hasMessageContaining("SQLState 55P04")
                .hasMessageContaining("move ALTER TYPE ... ADD VALUE into a migration of its own");
    }

    /**
     * An undo statement that ends its own session: the statement fails, and so does the rollback after it.
     * The error is the statement's, and neither it nor anything attached to it shows the password, not even
     * where the driver's text happens to contain it: the password here is a word of the driver's message for
     * a closed connection, which the rollback failure repeats.
     */
    @Test
    void anUndoWhoseRollbackFailsTooNamesTheStatementAndNeverShowsThePassword() throws SQLException {
        String password = "closed";
        folder.write("V1__users.sql", "CREATE TABLE users (id int);\n");
        folder.write("V1__users.undo.sql", "DROP TABLE users;\nSELECT pg_terminate_backend(pg_backend_pid());\n");
        try (Flux withPassword = Flux.builder().backend("postgres").migrationDirectory(folder.path())
                .url(database.dataSource().getUrl()).password(password).build()) {
            withPassword.migrate();

            Throwable thrown = catchThrowable(() -> withPassword.rollback(1));

            assertThat(thrown).isInstanceOfSatisfying(FluxException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.SQL);
                assertThat(e.sqlState()).hasValue("57P01");
                assertThat(e.statement()).hasValue(2);
            }).hasMessageContaining("V1__users failed at statement 2 of 2 (V1__users.undo.sql:2)");
            assertThat(thrown.getSuppressed()).as("the failed rollback").isNotEmpty();
            for (Throwable t : everythingIn(thrown)) {
                assertThat(t.getMessage()).as("message of %s", t.getClass()).doesNotContain(password);
            }
        }
        assertThat(count("SELECT count(*) FROM pg_tables WHERE tablename = 'users'")).as("undo rolled back")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM flux_migrations")).as("history rows").isEqualTo(1);
    }

    /** {@code t}, its causes and suppressed exceptions, theirs in turn. */
    private static List<Throwable> everythingIn(Throwable t) {
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>(List.of(t));
        while (!next.isEmpty() && all.size() < 100) {
            Throwable at = next.pop();
            all.add(at);
            if (at.getCause() != null) {
                next.push(at.getCause());
            }
            next.addAll(List.of(at.getSuppressed()));
        }
        return all;
    }

    private long count(String query) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
