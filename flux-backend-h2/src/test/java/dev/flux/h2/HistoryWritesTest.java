package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file database gets the running-row protocol (a running row before the first statement); an in-memory
 * one, which no crash outlives, one history write when the migration ends or fails.
 */
class HistoryWritesTest {
    /** Records, from inside V2, whether V2 already has a history row. */
    private static final String V2 = "CREATE TABLE seen (rows_of_v2 INT);\n"
            + "INSERT INTO seen SELECT COUNT(*) FROM flux_migrations WHERE version = '2';\n";

    @TempDir
    Path dir;

    @Test
    void aFileDatabaseHasARunningRowWhileTheMigrationRuns() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        assertThat(rowsOfV2SeenFromInsideV2(url)).isEqualTo(1);
    }

    @Test
    void anInMemoryDatabaseWritesTheHistoryOnlyWhenTheMigrationEnds() throws Exception {
        String url = "jdbc:h2:mem:writes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(rowsOfV2SeenFromInsideV2(url)).isZero();
    }

    @Test
    void anInMemoryDatabaseStillRecordsAFailureWithTheCountOfCompletedStatements() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("failing"));
        Files.writeString(migrations.resolve("V1__three.sql"),
                "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\nINSERT INTO nowhere VALUES (1);\n");
        String url = "jdbc:h2:mem:writes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(migrations).url(url).build()) {
            assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(FluxException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                    .hasMessageContaining("2 of 3 statements completed (V1__three.sql:1, V1__three.sql:2)");
            assertThat(flux.status().migrations()).singleElement()
                    .satisfies(m -> assertThat(m.state()).isEqualTo(MigrationState.FAILED));
            assertThatThrownBy(flux::migrate).hasMessageContaining("2 statement(s) completed");
        }
    }

    private int rowsOfV2SeenFromInsideV2(String url) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__start.sql"), "CREATE TABLE start (id INT);\n");
        Files.writeString(migrations.resolve("V2__look.sql"), V2);
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(migrations).url(url).build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__start", "V2__look");
            assertThat(flux.status().in(MigrationState.APPLIED)).hasSize(2);
            try (Connection c = DriverManager.getConnection(url);
                 ResultSet rs = c.createStatement().executeQuery("SELECT rows_of_v2 FROM seen")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
