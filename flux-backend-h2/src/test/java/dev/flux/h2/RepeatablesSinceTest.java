package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.FluxListener;
import dev.flux.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view in post-apply/ that needs a column of V2: with {@code -- flux:since V2} it is skipped in batches
 * that end below V2, and every post-apply script is skipped when a batch ends at 0.
 */
class RepeatablesSinceTest {
    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();

    @Test
    void aViewOnAColumnOfV2IsCreatedFromV2OnAndRollingBackToEmptyWorks() throws Exception {
        Files.writeString(dir.resolve("V1__users.sql"), "CREATE TABLE users (id INT, name VARCHAR(20));\n");
        Files.writeString(dir.resolve("V1__users.undo.sql"), "DROP TABLE users;\n");
        Files.writeString(dir.resolve("V2__email.sql"), "ALTER TABLE users ADD COLUMN email VARCHAR(50);\n");
        Files.writeString(dir.resolve("V2__email.undo.sql"), "ALTER TABLE users DROP COLUMN email;\n");
        Files.createDirectories(dir.resolve("pre-apply"));
        Files.writeString(dir.resolve("pre-apply/010_drop_views.sql"), "DROP VIEW IF EXISTS directory;\n");
        Files.createDirectories(dir.resolve("post-apply"));
        Files.writeString(dir.resolve("post-apply/010_views.sql"), "-- flux:since V2\n"
                + "CREATE VIEW directory AS SELECT id, name, email FROM users;\n");
        String url = "jdbc:h2:mem:since-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory(dir).url(url).applyRepeatableOnUndo(true)
                .listener(new Recorder()).build()) {
            flux.migrateTo("V1");
            assertThat(views(url)).isZero();
            assertThat(flux.plan(dev.flux.Command.migrate()).steps()).extracting(Step::file)
                    .containsExactly("pre-apply/010_drop_views.sql", "V2__email.sql", "post-apply/010_views.sql");
            flux.migrate();
            assertThat(views(url)).isEqualTo(1);
            flux.rollbackTo("V1");
            assertThat(views(url)).isZero();
            flux.rollbackTo("0");
            assertThat(views(url)).isZero();
        }
        assertThat(events).containsExactly(
                "ran pre-apply/010_drop_views.sql", "applied V1__users",
                "skipped post-apply/010_views.sql: it runs since V2 and the batch ends at V1",
                "ran pre-apply/010_drop_views.sql", "applied V2__email", "ran post-apply/010_views.sql",
                "ran pre-apply/010_drop_views.sql", "undid V2__email",
                "skipped post-apply/010_views.sql: it runs since V2 and the batch ends at V1",
                "ran pre-apply/010_drop_views.sql", "undid V1__users",
                "skipped post-apply/010_views.sql: the batch ends at 0, an empty database");
    }

    private static int views(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'DIRECTORY'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private final class Recorder implements FluxListener {
        @Override
        public void stepFinished(Step step, Duration elapsed) {
            events.add(dev.flux.text.Summary.step(step, elapsed).replaceFirst(" \\(\\d+ ms\\)$", ""));
        }

        @Override
        public void stepSkipped(Step step, String reason) {
            events.add(dev.flux.text.Summary.skipped(step, reason));
        }
    }
}
