package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the builder is given wins over {@code flux.toml}, setting by setting; and whether a {@code Flux} has a
 * database to work on.
 */
class BuilderOverridesTest {
    @TempDir
    Path project;

    private Path config(String extra) throws Exception {
        return Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "db"
                apply_repeatable_on_undo = true
                encoding = "UTF-8"
                """ + extra);
    }

    private void write(String file, String text) throws Exception {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void theBuildersMigrationDirectoryWins() throws Exception {
        write("db/V1__from_toml.sql", "CREATE TABLE from_toml (id INT);\n");
        write("other/V1__from_builder.sql", "CREATE TABLE from_builder (id INT);\n");

        try (Flux flux = Flux.builder().config(config("")).migrationDirectory(project.resolve("other"))
                .dataSource(TestDatabase.inMemory()).build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__from_builder");
        }
    }

    @Test
    void theBuildersBackendOptionWins() throws Exception {
        write("db/V1__t.sql", "CREATE TABLE t (id INT);\n");
        TestDatabase db = TestDatabase.inMemory();

        try (Flux flux = Flux.builder().config(config("[backend]\ntable = \"from_toml\"\n"))
                .backendOption("table", "from_builder").dataSource(db).build()) {
            flux.migrate();
        }

        assertThat(tables(db)).contains("FROM_BUILDER", "FROM_BUILDER_LOCK").doesNotContain("FROM_TOML");
    }

    @Test
    void theBuildersEncodingWins() throws Exception {
        Files.createDirectories(project.resolve("db"));
        Files.write(project.resolve("db/V1__latin1.sql"),
                "CREATE TABLE t (name VARCHAR(10));\nINSERT INTO t VALUES ('café');\n".getBytes(StandardCharsets.ISO_8859_1));
        TestDatabase db = TestDatabase.inMemory();

        try (Flux flux = Flux.builder().config(config("")).encoding(StandardCharsets.ISO_8859_1).dataSource(db)
                .build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__latin1");
        }

        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM t")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("café");
        }
    }

    @Test
    void theBuildersApplyRepeatableOnUndoWins() throws Exception {
        write("db/V1__t.sql", "CREATE TABLE t (id INT);\n");
        write("db/V1__t.undo.sql", "DROP TABLE t;\n");
        write("db/V2__u.sql", "CREATE TABLE u (id INT);\n");
        write("db/V2__u.undo.sql", "DROP TABLE u;\n");
        write("db/post-apply/010_count.sql", "INSERT INTO runs VALUES (1);\n");
        TestDatabase db = TestDatabase.inMemory();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE runs (n INT)");
        }

        // runs is not a migration's table, and the database has no history yet
        try (Flux flux = Flux.builder().config(config("")).applyRepeatableOnUndo(false).allowNonEmpty(true)
                .dataSource(db).build()) {
            flux.migrate();
            assertThat(count(db, "runs")).as("post-apply ran after migrate").isEqualTo(1);

            flux.rollback(1);

            assertThat(count(db, "runs")).as("post-apply did not run after the undo").isEqualTo(1);
            assertThat(flux.status().migrations()).extracting(MigrationInfo::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        }
    }

    @Test
    void theBuildersBackendWins() throws Exception {
        Path config = config("");

        assertThatThrownBy(() -> Flux.builder().config(config).backend("no-such-backend").build())
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND))
                .hasMessageContaining("unknown backend 'no-such-backend'").hasMessageContaining("h2");
    }

    @Test
    void aUrlInFluxTomlOrAGivenDataSourceIsADatabase() throws Exception {
        Path withUrl = config("[connection]\nurl = \"jdbc:h2:mem:builder-overrides\"\n");
        try (Flux flux = Flux.builder().config(withUrl).build()) {
            assertThat(flux.hasDatabase()).isTrue();
        }
        Path withoutUrl = config("");
        try (Flux flux = Flux.builder().config(withoutUrl).dataSource(TestDatabase.inMemory()).build()) {
            assertThat(flux.hasDatabase()).isTrue();
        }
        try (Flux flux = Flux.builder().config(withoutUrl).url("jdbc:h2:mem:builder-overrides").build()) {
            assertThat(flux.hasDatabase()).isTrue();
        }
    }

    @Test
    void withoutAUrlOrDataSourceThereIsNoDatabaseAndOnlyOfflineValidationWorks() throws Exception {
        write("db/V1__t.sql", "CREATE TABLE t (id INT);\n");
        write("db/V1__t.undo.sql", "DROP TABLE t;\n");
        write("db/V2__orphan.undo.sql", "DROP TABLE nothing;\n");

        try (Flux flux = Flux.builder().config(config("")).build()) {
            assertThat(flux.hasDatabase()).isFalse();
            assertThatThrownBy(flux::validate).isInstanceOfSatisfying(FluxException.class,
                    e -> assertThat(e.getMessage()).contains("FLUX-ORPHAN-UNDO").contains("V2__orphan.undo.sql"));
        }
        Files.delete(project.resolve("db/V2__orphan.undo.sql"));
        try (Flux flux = Flux.builder().config(config("")).build()) {
            flux.validate();
            assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(FluxException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECT));
        }
    }

    @Test
    void withoutConnectionSettingsAUrlInFluxTomlIsNoDatabase() throws Exception {
        Path withUrl = config("[connection]\nurl = \"jdbc:h2:mem:builder-overrides\"\n");

        try (Flux flux = Flux.builder().config(withUrl).withoutConnectionSettings().build()) {
            assertThat(flux.hasDatabase()).isFalse();
        }
    }

    private static List<String> tables(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static int count(TestDatabase db, String table) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
