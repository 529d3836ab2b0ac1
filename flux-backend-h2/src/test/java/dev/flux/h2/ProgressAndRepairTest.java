package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.Flux;
import dev.flux.FluxListener;
import dev.flux.MigrationState;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress events as the Maven goals render them, and repair of changed checksums. */
class ProgressAndRepairTest {
    @TempDir
    Path dir;

    private Flux.Builder flux() {
        return Flux.builder().backend("h2").migrationDirectory(dir)
                .url("jdbc:h2:mem:progress-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void listenersHearEveryStepInOrderWithItsTimeAndTheSummary() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);");
        Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE b (id INT);");
        Files.createDirectories(dir.resolve("post-apply"));
        Files.writeString(dir.resolve("post-apply/010_view.sql"), "CREATE OR REPLACE VIEW v AS SELECT id FROM a;");
        List<String> events = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        FluxListener listener = new FluxListener() {
            @Override
            public void stepStarted(Step step) {
                events.add("start " + step.kind() + " " + step.id());
            }

            @Override
            public void stepFinished(Step step, Duration elapsed) {
                assertThat(elapsed.isNegative()).isFalse();
                events.add("done " + step.id());
            }

            @Override
            public void commandFinished(Result result) {
                results.add(result);
            }
        };
        try (Flux flux = flux().listener(listener).build()) {
            flux.migrate();
            flux.migrate();
        }
        assertThat(events).containsExactly("start APPLY V1__a", "done V1__a", "start APPLY V2__b", "done V2__b",
                "start POST_APPLY post-apply/010_view.sql", "done post-apply/010_view.sql");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).migrations()).containsExactly("V1__a", "V2__b");
        assertThat(results.get(0).version()).hasToString("2");
        assertThat(results.get(1).migrations()).as("nothing to apply the second time").isEmpty();
        assertThat(results.get(1).version()).hasToString("2");
    }

    @Test
    void aListenerThatThrowsNeitherStopsTheCommandNorSilencesTheOthers() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);");
        Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE b (id INT);");
        Files.createDirectories(dir.resolve("post-apply"));
        Files.writeString(dir.resolve("post-apply/010_view.sql"), "CREATE OR REPLACE VIEW v AS SELECT id FROM a;");
        FluxListener broken = new FluxListener() {
            @Override
            public void stepStarted(Step step) {
                throw new IllegalStateException("broken listener: start");
            }

            @Override
            public void stepFinished(Step step, Duration elapsed) {
                throw new IllegalStateException("broken listener: done");
            }

            @Override
            public void commandFinished(Result result) {
                throw new IllegalStateException("broken listener: summary");
            }
        };
        List<String> heard = new ArrayList<>();
        FluxListener after = new FluxListener() {
            @Override
            public void stepFinished(Step step, Duration elapsed) {
                heard.add(step.id());
            }

            @Override
            public void commandFinished(Result result) {
                heard.add("applied " + result.migrations());
            }
        };

        try (Flux flux = flux().listener(broken).listener(after).build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__a", "V2__b");
            assertThat(flux.status().migrations()).extracting(m -> m.state())
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        }
        assertThat(heard).containsExactly("V1__a", "V2__b", "post-apply/010_view.sql", "applied [V1__a, V2__b]");
    }

    @Test
    void repairReRecordsChangedChecksumsOnlyWhenAsked() throws Exception {
        Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);");
        try (Flux flux = flux().build()) {
            flux.migrate();
            Files.writeString(dir.resolve("V1__a.sql"), "-- a harmless comment\nCREATE TABLE a (id INT);");
            assertThat(flux.repair().acceptedChecksums()).isEmpty();
            assertThatThrownBy(flux::validate).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("FLUX-CHECKSUM");
            assertThat(flux.repair(true).acceptedChecksums()).containsExactly("V1__a");
            flux.validate();
            assertThat(flux.status().migrations()).singleElement()
                    .satisfies(m -> assertThat(m.state()).isEqualTo(MigrationState.APPLIED));
        }
    }
}
