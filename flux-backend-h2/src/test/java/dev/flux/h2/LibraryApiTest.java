package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.Problem;
import dev.flux.ValidationException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program that uses only the public library API against an H2 file database. */
class LibraryApiTest {
    @TempDir
    Path project;

    private Path config() throws Exception {
        Files.createDirectories(project.resolve("src/main/flux"));
        return Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "src/main/flux"
                java_packages = ["com.acme.db"]

                [connection]
                url = "jdbc:h2:file:./target/db/app"
                user = "sa"
                """);
    }

    private void write(String name, String sql) throws Exception {
        Files.writeString(project.resolve("src/main/flux").resolve(name), sql);
    }

    private static URLClassLoader javaMigrations(Path out, String helperTable) {
        return Compiler.compile(out, Map.of(
                "com.acme.db.Grants", """
                        package com.acme.db;
                        public final class Grants {
                            static String table() { return "CREATE TABLE %s (id INT)"; }
                        }
                        """.formatted(helperTable),
                "com.acme.db.V4__Grants", """
                        package com.acme.db;
                        public final class V4__Grants implements dev.flux.JavaMigration {
                            public String apply() { return Grants.table() + ";"; }
                            public String undo() { return "DROP TABLE %s;"; }
                        }
                        """.formatted(helperTable)));
    }

    @Test
    void migrateRollBackMigrateAgainAndDetectEveryKindOfTampering() throws Exception {
        Path config = config();
        write("V1__users.sql", "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n");
        write("V1__users.undo.sql", "DROP TABLE users;\n");
        write("V2__orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY);\n");
        write("V2__orders.undo.sql", "DROP TABLE orders;\n");
        write("V3__email.sql", "ALTER TABLE users ADD email VARCHAR(100);\n");
        write("V3__email.undo.sql", "ALTER TABLE users DROP COLUMN email;\n");
        URLClassLoader first = javaMigrations(project.resolve("java1"), "grants");

        try (Flux flux = Flux.builder().config(config).classLoader(first).build()) {
            assertThat(flux.migrate().migrations())
                    .containsExactly("V1__users", "V2__orders", "V3__email", "V4__Grants");
            assertThat(flux.rollbackTo("V2").migrations()).containsExactly("V4__Grants", "V3__email");
            assertThat(flux.status().currentVersion()).hasToString("2");
            assertThat(flux.migrate().version()).hasToString("4");
        }
        assertThat(project.resolve("target/db/app.mv.db")).as("relative to flux.toml").exists();

        write("V2__orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY);\n");
        try (Flux flux = Flux.builder().config(config).classLoader(first).build()) {
            assertThatThrownBy(flux::validate).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.problems()).extracting(Problem::code, Problem::where)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(ErrorCode.CHECKSUM,
                                    "V2__orders.sql")));
            assertThat(flux.status().migrations()).extracting(MigrationInfo::state).containsExactly(
                    MigrationState.APPLIED, MigrationState.CHANGED, MigrationState.APPLIED, MigrationState.APPLIED);
        }
        write("V2__orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY);\n");

        write("V1.5__late.sql", "CREATE TABLE late (id INT);\n");
        try (Flux flux = Flux.builder().config(config).classLoader(first).build()) {
            assertThatThrownBy(flux::migrate).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("FLUX-GAP").hasMessageContaining("V1.5__late.sql");
        }
        Files.delete(project.resolve("src/main/flux/V1.5__late.sql"));

        URLClassLoader changedHelper = javaMigrations(project.resolve("java2"), "grants_v2");
        try (Flux flux = Flux.builder().config(config).classLoader(changedHelper).build()) {
            assertThatThrownBy(flux::validate).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("FLUX-CHECKSUM").hasMessageContaining("com.acme.db.V4__Grants");
        }
        try (Flux flux = Flux.builder().config(config).classLoader(first).build()) {
            flux.validate();
            assertThat(flux.status().in(MigrationState.APPLIED)).hasSize(4);
        }
    }
}
