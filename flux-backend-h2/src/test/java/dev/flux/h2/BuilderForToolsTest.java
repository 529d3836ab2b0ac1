package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.Command;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Step;
import dev.flux.StepKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code withoutConnectionSettings()}, {@code repeatables(false)} and {@code discoverOnce()}, which the JUnit
 * extension builds with.
 */
class BuilderForToolsTest {
    @TempDir
    Path project;

    @AfterEach
    void clear() {
        System.clearProperty("flux.url");
    }

    private Path config() throws Exception {
        Files.createDirectories(project.resolve("db/pre-apply"));
        Files.createDirectories(project.resolve("db/post-apply"));
        Files.writeString(project.resolve("db/V1__t.sql"), "CREATE TABLE t (id INT);\n");
        Files.writeString(project.resolve("db/pre-apply/010_drop.sql"), "DROP VIEW IF EXISTS v;\n");
        Files.writeString(project.resolve("db/post-apply/010_view.sql"), "CREATE VIEW v AS SELECT * FROM t;\n");
        return Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "db"

                [connection]
                url = "jdbc:h2:file:./from-toml"
                password = "${env:FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET}"
                """);
    }

    @Test
    void withoutConnectionSettingsNothingButTheGivenDataSourceIsUsed() throws Exception {
        System.setProperty("flux.url", "jdbc:h2:file:" + project.resolve("from-property"));
        TestDatabase db = TestDatabase.inMemory();

        try (Flux flux = Flux.builder().config(config()).withoutConnectionSettings().dataSource(db).build()) {
            assertThat(flux.describeDatabase()).isEqualTo("h2 at (the given data source)");
            assertThat(flux.migrate().version()).hasToString("1");
        }
        try (var files = Files.list(project)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("db", "flux.toml");
        }
    }

    @Test
    void withoutConnectionSettingsAndNoDataSourceThereIsNoDatabase() throws Exception {
        System.setProperty("flux.url", "jdbc:h2:file:" + project.resolve("from-property"));

        try (Flux flux = Flux.builder().config(config()).withoutConnectionSettings().build()) {
            assertThatThrownBy(flux::status).isInstanceOf(FluxException.class).hasMessageContaining("FLUX-CONNECT");
        }
    }

    @Test
    void aGivenDataSourceIsDescribedAsSuchEvenWhenAUrlIsConfigured() throws Exception {
        System.setProperty("flux.url", "jdbc:h2:mem:elsewhere");
        Path config = Files.writeString(project.resolve("plain.toml"),
                "[flux]\nbackend = \"h2\"\nmigration_directory = \"db\"\n");

        try (Flux flux = Flux.builder().config(config).dataSource(TestDatabase.inMemory()).build()) {
            assertThat(flux.describeDatabase()).isEqualTo("h2 at (the given data source)");
        }
    }

    @Test
    void repeatablesOffLeavesOutPreAndPostApply() throws Exception {
        try (Flux flux = Flux.builder().config(config()).withoutConnectionSettings().repeatables(false)
                .dataSource(TestDatabase.inMemory()).build()) {
            assertThat(flux.plan(Command.migrate()).steps()).extracting(Step::kind).containsExactly(StepKind.APPLY);
            flux.migrate();
            assertThat(flux.snapshot().objects("view")).isEmpty();
        }
        try (Flux flux = Flux.builder().config(config()).withoutConnectionSettings()
                .dataSource(TestDatabase.inMemory()).build()) {
            assertThat(flux.plan(Command.migrate()).steps()).extracting(Step::kind)
                    .containsExactly(StepKind.PRE_APPLY, StepKind.APPLY, StepKind.POST_APPLY);
        }
    }

    @Test
    void discoverOnceKeepsTheMigrationsOfTheFirstCommand() throws Exception {
        Path config = config();
        TestDatabase once = TestDatabase.inMemory();
        TestDatabase everyTime = TestDatabase.inMemory();
        try (Flux kept = Flux.builder().config(config).withoutConnectionSettings().dataSource(once).discoverOnce()
                .build();
             Flux fresh = Flux.builder().config(config).withoutConnectionSettings().dataSource(everyTime).build()) {
            assertThat(kept.migrate().version()).hasToString("1");
            assertThat(fresh.migrate().version()).hasToString("1");
            Files.writeString(project.resolve("db/V2__u.sql"), "CREATE TABLE u (id INT);\n");
            assertThat(kept.migrate().migrations()).as("V2 came after the first command").isEmpty();
            assertThat(kept.status().migrations()).hasSize(1);
            assertThat(fresh.migrate().migrations()).containsExactly("V2__u");
        }
    }
}
