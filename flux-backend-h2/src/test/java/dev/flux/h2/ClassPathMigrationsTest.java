package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations packed in a jar ({@code classpath:db/flux}, Java migrations in the same jar) migrate and undo
 * like those in a folder, with the same checksums: moving them from the folder into the jar, or back, is
 * not seen as an edit.
 */
class ClassPathMigrationsTest {
    @TempDir
    Path work;

    private Path classes;
    private Path jar;

    private void build() throws Exception {
        try (URLClassLoader ignored = Compiler.compile(work, Map.of("com.acme.jarmig.V2__Grant", """
                package com.acme.jarmig;
                public class V2__Grant implements dev.flux.JavaMigration {
                    public String apply() { return "ALTER TABLE users ADD email VARCHAR(99);"; }
                    public String undo() { return "ALTER TABLE users DROP COLUMN email;"; }
                }
                """))) {
            classes = work.resolve("classes");
        }
        Path flux = Files.createDirectories(classes.resolve("db/flux"));
        Files.write(flux.resolve("V1__users.sql"),
                "\uFEFFCREATE TABLE users (id INT PRIMARY KEY);\r\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(flux.resolve("V1__users.undo.sql"), "DROP VIEW IF EXISTS user_ids;\nDROP TABLE users;\n");
        Files.createDirectories(flux.resolve("pre-apply"));
        Files.writeString(flux.resolve("pre-apply/010_drop.sql"), "DROP VIEW IF EXISTS user_ids;\n");
        Files.createDirectories(flux.resolve("post-apply"));
        Files.writeString(flux.resolve("post-apply/010_view.sql"),
                "CREATE VIEW user_ids AS SELECT id FROM users;\n");
        jar = pack(classes, work.resolve("app.jar"));
    }

    /** The jar Maven would build from {@code classes}, with its directory entries. */
    private static Path pack(Path classes, Path jarFile) throws Exception {
        try (OutputStream out = Files.newOutputStream(jarFile);
             JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!name.isEmpty()) {
                    boolean dir = Files.isDirectory(file);
                    jarOut.putNextEntry(new JarEntry(dir ? name + "/" : name));
                    if (!dir) {
                        jarOut.write(Files.readAllBytes(file));
                    }
                    jarOut.closeEntry();
                }
            }
        }
        return jarFile;
    }

    private static URLClassLoader loaderOver(Path path) throws Exception {
        return new URLClassLoader(new URL[] {path.toUri().toURL()}, ClassPathMigrationsTest.class.getClassLoader());
    }

    @Test
    void migratesAndUndoesFromAJarAndTheFolderSeesNoEdit() throws Exception {
        build();
        TestDatabase db = TestDatabase.inMemory();
        Path config = Files.writeString(work.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "classpath:db/flux"
                java_packages = ["com.acme.jarmig"]
                """);

        try (URLClassLoader loader = loaderOver(jar);
             Flux flux = Flux.builder().config(config).classLoader(loader).dataSource(db).build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__users", "V2__Grant");
            assertThat(views(db)).containsExactly("USER_IDS");
        }

        try (URLClassLoader loader = loaderOver(classes);
             Flux flux = Flux.builder().backend("h2").migrationDirectory(classes.resolve("db/flux"))
                     .javaPackages("com.acme.jarmig").classLoader(loader).dataSource(db).build()) {
            flux.validate();
            assertThat(flux.status().migrations()).extracting(MigrationInfo::state)
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        }

        try (URLClassLoader loader = loaderOver(jar);
             Flux flux = Flux.builder().backend("h2").migrationDirectory("classpath:/db/flux/")
                     .javaPackages("com.acme.jarmig").applyRepeatableOnUndo(false).classLoader(loader).dataSource(db)
                     .build()) {
            assertThat(flux.rollbackTo("0").migrations()).containsExactly("V2__Grant", "V1__users");
            assertThat(views(db)).isEmpty();
            assertThat(tables(db)).doesNotContain("USERS");
        }
    }

    private static java.util.List<String> views(TestDatabase db) throws Exception {
        return names(db, "SELECT table_name FROM information_schema.views WHERE table_schema = 'PUBLIC'");
    }

    private static java.util.List<String> tables(TestDatabase db) throws Exception {
        return names(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    private static java.util.List<String> names(TestDatabase db, String sql) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void aClassPathLocationWithoutAFolderIsFluxConfigAtOnce() {
        assertThatThrownBy(() -> Flux.builder().migrationDirectory("classpath:/"))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("classpath:/").hasMessageContaining("names no folder");
    }

    @Test
    void aClassPathFolderThatIsNowhereIsFluxConfigWhenMigrating() throws Exception {
        try (Flux flux = Flux.builder().backend("h2").migrationDirectory("classpath:db/nowhere")
                .dataSource(TestDatabase.inMemory()).build()) {
            assertThatThrownBy(flux::migrate)
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                    .hasMessageContaining("classpath:db/nowhere is not on the class path");
        }
    }
}
