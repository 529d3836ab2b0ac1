package dev.flux.internal.discovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Problem;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations read from a class path folder, in a directory or a jar built here, are those read from disk. */
class ClassPathFolderTest {
    private static final ClassLoader PARENT = ClassPathFolderTest.class.getClassLoader();

    @TempDir
    Path work;

    private void write(Path root, String file, byte[] bytes) throws Exception {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    private void write(Path root, String file, String text) throws Exception {
        write(root, file, text.getBytes(UTF_8));
    }

    /** A classes folder with db/flux holding every kind of file the scanner tells apart. */
    private Path classes() throws Exception {
        Path classes = work.resolve("classes");
        Path flux = classes.resolve("db/flux");
        write(flux, "V1__users.sql", "\uFEFFCREATE TABLE users (id INT);\r\nINSERT INTO users VALUES (1);\r\n");
        write(flux, "V1__users.undo.sql", "DROP TABLE users;\n");
        write(flux, "V2.1__email.sql", "-- flux:no-transaction\nALTER TABLE users ADD email VARCHAR(99);\n");
        write(flux, "V3__latin.sql", new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});
        write(flux, "pre-apply/010_drop.sql", "DROP VIEW IF EXISTS v;\n");
        write(flux, "post-apply/010_view.sql", "CREATE VIEW v AS SELECT * FROM users;\n");
        write(flux, "broken_name.sql", "SELECT 1;\n");
        write(flux, "V9__gone.undo.sql", "SELECT 1;\n");
        write(flux, "notes/V4__stray.sql", "SELECT 1;\n");
        write(flux, ".hidden/V5__hidden.sql", "SELECT 1;\n");
        write(flux, "README.txt", "not a migration\n");
        return classes;
    }

    private static List<Object> summary(Discovery d) {
        return List.of(
                d.migrations().stream().map(m -> List.of(m.id(), m.version().toString(), m.checksum(),
                        m.up().location(), m.up().text(), m.up().noTransaction(),
                        m.undo() == null ? "-" : m.undo().text())).toList(),
                d.preApply(), d.postApply(),
                d.problems().stream().map(p -> List.of(p.code(), p.where(), p.message())).toList());
    }

    @Test
    void aJarGivesTheSameMigrationsChecksumsAndProblemsAsTheFolderOnDisk() throws Exception {
        Path classes = classes();
        Path jar = TestClasses.jar(classes, work.resolve("app.jar"));

        Discovery fromDisk = MigrationDirectory.scan(classes.resolve("db/flux"), UTF_8);
        Discovery fromJar;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, PARENT)) {
            fromJar = MigrationDirectory.scan(MigrationLocation.parse("classpath:db/flux", null), UTF_8, loader);
        }

        assertThat(summary(fromJar)).isEqualTo(summary(fromDisk));
        assertThat(fromJar.migrations()).extracting(Migration::id)
                .containsExactly("V1__users", "V2.1__email");
        assertThat(fromJar.migrations().get(0).checksum()).isEqualTo(Checksum.of(
                "CREATE TABLE users (id INT);\nINSERT INTO users VALUES (1);\n"));
        assertThat(fromJar.migrations().get(1).up().noTransaction()).isTrue();
        assertThat(fromJar.preApply()).extracting(Script::location).containsExactly("pre-apply/010_drop.sql");
        assertThat(fromJar.postApply()).extracting(Script::location).containsExactly("post-apply/010_view.sql");
        assertThat(fromJar.problems()).extracting(Problem::code, Problem::where).containsExactly(
                tuple(ErrorCode.SYNTAX, "V3__latin.sql:1"),
                tuple(ErrorCode.ORPHAN_UNDO, "V9__gone.undo.sql"),
                tuple(ErrorCode.NAME, "broken_name.sql"),
                tuple(ErrorCode.NAME, "notes/V4__stray.sql"));
    }

    @Test
    void aFolderInSeveralRootsIsMergedAndTheFirstRootWinsForTheSameFile() throws Exception {
        Path first = work.resolve("first");
        write(first, "db/flux/V1__one.sql", "CREATE TABLE one (id INT);\n");
        write(first, "db/flux/V2__two.sql", "CREATE TABLE two_first (id INT);\n");
        Path second = work.resolve("second");
        write(second, "db/flux/V2__two.sql", "CREATE TABLE two_second (id INT);\n");
        write(second, "db/flux/V3__three.sql", "CREATE TABLE three (id INT);\n");
        Path jar = TestClasses.jar(second, work.resolve("second.jar"));

        Discovery d;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), jar.toUri().toURL()},
                PARENT)) {
            d = MigrationDirectory.scan(MigrationLocation.parse("classpath:/db/flux/", null), UTF_8, loader);
        }

        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).extracting(Migration::id, m -> m.up().text()).containsExactly(
                tuple("V1__one", "CREATE TABLE one (id INT);\n"),
                tuple("V2__two", "CREATE TABLE two_first (id INT);\n"),
                tuple("V3__three", "CREATE TABLE three (id INT);\n"));
    }

    @Test
    void aClassPathFolderThatIsNowhereIsFluxConfigNamingIt() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, PARENT)) {
            MigrationLocation location = MigrationLocation.parse("classpath:db/nothing-here", null);
            assertThatThrownBy(() -> MigrationDirectory.scan(location, UTF_8, loader))
                    .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                    .hasMessageContaining("migration directory classpath:db/nothing-here is not on the class path")
                    .hasMessageContaining("src/main/resources/db/nothing-here");
        }
    }

    @Test
    void classPathLocationsAreWrittenWithTheirPrefixAndWithoutSlashesAroundTheFolder() {
        assertThat(MigrationLocation.parse("classpath:/db/flux/", null).classPath()).isEqualTo("db/flux");
        assertThat(MigrationLocation.parse("classpath:db/flux", null)).hasToString("classpath:db/flux");
        assertThat(MigrationLocation.parse("db/flux", Path.of("/base")).directory())
                .isEqualTo(Path.of("/base/db/flux"));
        assertThatThrownBy(() -> MigrationLocation.parse("classpath:/", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no folder");
    }
}
