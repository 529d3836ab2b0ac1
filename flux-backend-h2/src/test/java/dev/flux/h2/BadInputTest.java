package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets an error that says what, where and how to fix it, and changes nothing. */
class BadInputTest {
    private static final String PASSWORD = "s3cr3t-Pa55";

    @TempDir
    Path project;
    private String url;
    private Connection keepAlive;

    @BeforeEach
    void database() throws Exception {
        url = "jdbc:h2:mem:bad-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Statement s = keepAlive.createStatement()) {
            s.execute("CREATE USER app PASSWORD '" + PASSWORD + "' ADMIN");
        }
        Files.createDirectories(project.resolve("migrations"));
    }

    @AfterEach
    void close() throws Exception {
        keepAlive.close();
    }

    private Path config(String extra) throws Exception {
        return Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "migrations"

                [connection]
                url = "%s"
                user = "app"
                password = "%s"
                """.formatted(url, PASSWORD) + extra);
    }

    private void write(String name, String content) throws Exception {
        Path file = project.resolve("migrations").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Tables other than flux's lock table, which the first lock attempt creates and keeps. */
    private long userTables() throws Exception {
        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'"
                        + " AND TABLE_NAME <> 'FLUX_MIGRATIONS_LOCK'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs {@code action} on a migrator built from flux.toml and checks the error and that nothing changed. */
    private void assertRefused(Path config, Consumer<Flux> action, ErrorCode code, String... fragments)
            throws Exception {
        long tablesBefore = userTables();
        assertThatThrownBy(() -> {
            try (Flux flux = Flux.builder().config(config).build()) {
                action.accept(flux);
            }
        }).isInstanceOfSatisfying(FluxException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(fragments).doesNotContain(PASSWORD);
        });
        assertThat(userTables()).as("database unchanged").isEqualTo(tablesBefore);
    }

    private void assertMigrateRefused(ErrorCode code, String... fragments) throws Exception {
        assertRefused(config(""), Flux::migrate, code, fragments);
    }

    @Test
    void tomlSyntaxError() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"), "[flux]\nbackend = \"h2\nx = 1\n");
        assertRefused(config, Flux::migrate, ErrorCode.CONFIG, "flux.toml:2:");
    }

    @Test
    void wrongType() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"),
                "[flux]\nbackend = \"h2\"\nmigration_directory = \"migrations\"\napply_repeatable_on_undo = \"yes\"\n");
        assertRefused(config, Flux::migrate, ErrorCode.CONFIG, "flux.toml:4:", "flux.apply_repeatable_on_undo",
                "boolean");
    }

    @Test
    void unknownKeysInEachSection() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directroy = "migrations"
                migration_directory = "migrations"

                [connection]
                urll = "jdbc:h2:mem:x"

                [backend]
                tabel = "history"
                """);
        assertRefused(config, Flux::migrate, ErrorCode.CONFIG, "flux.toml:3:1: flux.migration_directroy",
                "flux.toml:7:1: connection.urll");
        Path backendOnly = Files.writeString(project.resolve("flux.toml"),
                "[flux]\nbackend = \"h2\"\nmigration_directory = \"migrations\"\n\n[backend]\ntabel = \"history\"\n");
        assertRefused(backendOnly, Flux::migrate, ErrorCode.CONFIG, "flux.toml:6:1: backend.tabel: unknown key",
                "did you mean 'table'?");
    }

    @Test
    void missingDirectory() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"), "[flux]\nencoding = \"UTF-8\"\n");
        assertRefused(config, Flux::migrate, ErrorCode.CONFIG, "flux.migration_directory: missing");
    }

    @Test
    void missingBackendWithoutAUrlToTakeItFrom() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"), "[flux]\nmigration_directory = \"m\"\n");
        assertRefused(config, Flux::migrate, ErrorCode.CONFIG, "names no backend and no database URL is given",
                "h2 (jdbc:h2:)");
    }

    @Test
    void missingEnvironmentVariable() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "migrations"
                [connection]
                password = "${env:FLUX_TEST_SURELY_UNSET_VARIABLE}"
                """);
        assertRefused(config, Flux::migrate, ErrorCode.CONFIG, "FLUX_TEST_SURELY_UNSET_VARIABLE");
    }

    @Test
    void unknownBackendListsTheInstalledOnes() throws Exception {
        Path config = Files.writeString(project.resolve("flux.toml"),
                "[flux]\nbackend = \"h3\"\nmigration_directory = \"migrations\"\n");
        assertRefused(config, Flux::migrate, ErrorCode.BACKEND, "flux.toml:2:", "'h3'", "installed backends: h2",
                "did you mean 'h2'?");
    }

    @Test
    void migrationDirectoryAbsent() throws Exception {
        Files.delete(project.resolve("migrations"));
        assertMigrateRefused(ErrorCode.CONFIG, "migrations");
    }

    @Test
    void badFileNames() throws Exception {
        write("v1_x.sql", "SELECT 1;");
        write("V1_x.sql", "SELECT 1;");
        write("V__x.sql", "SELECT 1;");
        assertMigrateRefused(ErrorCode.NAME, "v1_x.sql", "V1_x.sql", "V__x.sql");
    }

    @Test
    void duplicateVersion() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id INT);");
        write("V1.0__b.sql", "CREATE TABLE b (id INT);");
        assertMigrateRefused(ErrorCode.DUPLICATE, "V1__a.sql", "V1.0__b.sql");
    }

    @Test
    void orphanUndoAndUndoInPreApply() throws Exception {
        write("V2__gone.undo.sql", "DROP TABLE gone;");
        write("pre-apply/010_views.undo.sql", "SELECT 1;");
        assertMigrateRefused(ErrorCode.ORPHAN_UNDO, "V2__gone.undo.sql", "FLUX-REPEATABLE-UNDO",
                "pre-apply/010_views.undo.sql");
    }

    @Test
    void unknownDirective() throws Exception {
        write("V1__a.sql", "-- flux:no-transactoin\nCREATE TABLE a (id INT);");
        assertMigrateRefused(ErrorCode.DIRECTIVE, "V1__a.sql:1", "no-transaction");
    }

    @Test
    void unterminatedStringAndComment() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id INT);\nINSERT INTO a VALUES ('x);\n");
        write("V2__b.sql", "CREATE TABLE b (id INT);\n\n/* never closed\n");
        assertMigrateRefused(ErrorCode.SYNTAX, "V1__a.sql:2", "V2__b.sql:3");
    }

    @Test
    void unknownTarget() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id INT);");
        write("V3__c.sql", "CREATE TABLE c (id INT);");
        assertRefused(config(""), f -> f.migrateTo("V2"), ErrorCode.TARGET, "V2", "V1, V3");
    }

    @Test
    void failingStatementNamesEverything() throws Exception {
        write("V1__a.sql", "CREATE TABLE a (id INT);\n-- the next one fails\nINSERT INTO nowhere VALUES (1);\n");
        long before = userTables();
        assertThatThrownBy(() -> {
            try (Flux flux = Flux.builder().config(config("")).build()) {
                flux.migrate();
            }
        }).isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL))
                .hasMessageContaining("V1__a failed at statement 2 of 2 (V1__a.sql:3)")
                .hasMessageContaining("SQLState 42S02")
                .hasMessageContaining("error 42102")
                .hasMessageContaining("NOWHERE")
                .hasMessageContaining("repair");
        assertThat(userTables()).as("table a and the history table, as the failed row records")
                .isGreaterThan(before);
    }

    @Test
    void wrongPasswordIsAConnectErrorWithoutThePassword() throws Exception {
        Path config = config("").resolveSibling("flux.toml");
        Files.writeString(config, Files.readString(config).replace(PASSWORD, "wrong-" + PASSWORD));
        assertRefused(config, Flux::status, ErrorCode.CONNECT, "jdbc:h2:mem:bad-");
    }

    @Test
    void javaMigrationsWithoutNoArgConstructorOrReturningNull() throws Exception {
        ClassLoader loader = Compiler.compile(project.resolve("java"), Map.of(
                "com.bad.V1__NoCtor", """
                        package com.bad;
                        public final class V1__NoCtor implements dev.flux.JavaMigration {
                            public V1__NoCtor(String x) { }
                            public String apply() { return "SELECT 1"; }
                        }
                        """,
                "com.bad.V2__Null", """
                        package com.bad;
                        public final class V2__Null implements dev.flux.JavaMigration {
                            public String apply() { return null; }
                        }
                        """));
        long before = userTables();
        assertThatThrownBy(() -> {
            try (Flux flux = Flux.builder().config(config("")).classLoader(loader).javaPackages("com.bad").build()) {
                flux.migrate();
            }
        }).isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JAVA))
                .hasMessageContaining("com.bad.V1__NoCtor").hasMessageContaining("com.bad.V2__Null");
        assertThat(userTables()).isEqualTo(before);
    }
}
