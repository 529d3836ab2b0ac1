package dev.flux.internal.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import dev.flux.internal.discovery.javamig.ok.Untouched;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaMigrationsTest {
    private static final String BASE = "dev.flux.internal.discovery.javamig.";
    private static final ClassLoader LOADER = JavaMigrationsTest.class.getClassLoader();

    @Test
    void findsMigrationsInThePackageAndItsSubPackages() {
        Discovery d = scan(BASE + "ok");

        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).extracting(Migration::id, m -> m.version().toString(), Migration::description)
                .containsExactly(
                        tuple("V1__CreateAccounts", "1", "CreateAccounts"),
                        tuple("V2__GrantRead", "2", "GrantRead"),
                        tuple("V3__InSubPackage", "3", "InSubPackage"));
        Migration first = d.migrations().get(0);
        assertThat(first.up()).isEqualTo(new Script(BASE + "ok.V1__CreateAccounts",
                "create table accounts (id int primary key);\n", false));
        assertThat(first.undo()).isEqualTo(new Script(BASE + "ok.V1__CreateAccounts", "drop table accounts;\n",
                false));
        assertThat(first.checksum()).isEqualTo(Checksum.of("create table accounts (id int primary key);\n"));
    }

    @Test
    void theSqlOfAHelperFlowsIntoTheMigrationAndItsChecksum() {
        Migration grant = scan(BASE + "ok").migrations().get(1);
        assertThat(grant.up().text()).isEqualTo("grant select on accounts to reader;\n");
        assertThat(grant.checksum()).isEqualTo(Checksum.of("grant select on accounts to reader;\n"));
        assertThat(grant.hasUndo()).isFalse();
    }

    @Test
    void classesThatAreNotMigrationsAreNotInitialised() {
        scan(BASE + "ok");
        assertThat(System.getProperty(Untouched.PROPERTY)).isNull();
    }

    @Test
    void overlappingPackagesListEachMigrationOnce() {
        Discovery d = JavaMigrations.scan(LOADER, List.of(BASE + "ok", BASE + "ok.sub"));
        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).hasSize(3);
    }

    @Test
    void aMigrationWithoutANoArgConstructorIsReported() {
        assertThat(scan(BASE + "noctor").problems()).extracting(Problem::toString).containsExactly(
                "FLUX-JAVA " + BASE + "noctor.V1__NeedsArgument: has no public no-arg constructor. "
                        + "Add a public constructor without parameters.");
    }

    @Test
    void nullFromApplyIsReported() {
        Discovery d = scan(BASE + "nulls");
        assertThat(d.migrations()).isEmpty();
        assertThat(d.problems()).extracting(Problem::toString).containsExactly(
                "FLUX-JAVA " + BASE + "nulls.V1__ReturnsNull: apply() returned null. "
                        + "Return the SQL to run; it must not be null.");
    }

    @Test
    void whatTheMigrationThrowsIsReportedWithItsMessageAndLine() {
        Discovery d = scan(BASE + "throwing");
        assertThat(d.migrations()).isEmpty();
        assertThat(d.problems()).extracting(Problem::code, Problem::where).containsExactly(
                tuple(ErrorCode.JAVA, BASE + "throwing.V1__Throws"),
                tuple(ErrorCode.JAVA, BASE + "throwing.V2__ThrowsInConstructor"),
                tuple(ErrorCode.JAVA, BASE + "throwing.V3__UndoThrows"));
        List<String> messages = d.problems().stream().map(Problem::message).toList();
        assertThat(messages.get(0)).isEqualTo("apply() failed: no table name configured (at " + BASE
                + "throwing.V1__Throws.apply(V1__Throws.java:9)).");
        assertThat(messages.get(1)).startsWith("cannot be created: its constructor failed: bad setup (at " + BASE
                + "throwing.V2__ThrowsInConstructor.<init>(");
        assertThat(messages.get(2)).startsWith("undo() failed: cannot undo (at ");
        assertThat(d.problems().get(0).fix()).isEqualTo("Fix apply().");
    }

    @Test
    void aMissingClassIsNamed(@TempDir Path work) throws Exception {
        Path classes = TestClasses.compile(work, Map.of(
                "com/example/missing/V1__UsesHelper.java", """
                        package com.example.missing;
                        public class V1__UsesHelper implements dev.flux.JavaMigration {
                            public String apply() { return Helper.sql(); }
                        }""",
                "com/example/missing/Helper.java", """
                        package com.example.missing;
                        public class Helper { public static String sql() { return "select 1;"; } }"""), true);
        java.nio.file.Files.delete(classes.resolve("com/example/missing/Helper.class"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LOADER)) {
            Discovery d = JavaMigrations.scan(loader, List.of("com.example.missing"));
            assertThat(d.problems()).extracting(Problem::message).containsExactly(
                    "apply() failed: class com.example.missing.Helper is missing from the class path.");
        }
    }

    @Test
    void aBadlyNamedMigrationClassIsANameProblem() {
        Discovery d = scan(BASE + "badname");
        assertThat(d.migrations()).isEmpty();
        assertThat(d.problems()).extracting(Problem::toString).containsExactly(
                "FLUX-NAME " + BASE + "badname.CreateTables: Java migration does not start with 'V' and a "
                        + "version; expected V<version>__<description>. Name the class "
                        + "V<version>__<description>, for example V7__backfill_emails.",
                "FLUX-NAME " + BASE + "badname.V1_single_underscore: Java migration has a single underscore "
                        + "between version and description; use two; expected V<version>__<description>. "
                        + "Rename the class to V1__single_underscore.");
    }

    @Test
    void classesNamedLikeMigrationsThatCannotBeOneAreReported() {
        assertThat(scan(BASE + "notpublic").problems()).extracting(Problem::where, Problem::message)
                .containsExactly(
                        tuple(BASE + "notpublic.V1__Hidden", "is not public."),
                        tuple(BASE + "notpublic.V2__NoInterface",
                                "is named like a migration but does not implement dev.flux.JavaMigration."));
    }

    @Test
    void aListedPackageWithoutMigrationsIsReported() {
        Discovery d = JavaMigrations.scan(LOADER, List.of(BASE + "empty", "com.acme.nosuch"));
        assertThat(d.problems()).extracting(Problem::code, Problem::where).containsExactly(
                tuple(ErrorCode.JAVA, BASE + "empty"),
                tuple(ErrorCode.JAVA, "com.acme.nosuch"));
        assertThat(d.problems().get(1).message())
                .isEqualTo("package com.acme.nosuch listed in java_packages has no migration.");
        assertThat(d.problems().get(1).fix()).startsWith("Fix java_packages in flux.toml, or add migrations");
    }

    @Test
    void javaMigrationsWithEqualVersionsAreDuplicates() {
        Discovery d = scan(BASE + "dup");
        assertThat(d.migrations()).extracting(Migration::id).containsExactly("V1__JavaOne", "V2_0__AlsoTwo");
        assertThat(d.problems()).extracting(Problem::code, Problem::where, Problem::message).containsExactly(
                tuple(ErrorCode.DUPLICATE, BASE + "dup.V2__JavaTwo", "has version 2, like " + BASE
                        + "dup.V2_0__AlsoTwo."));
    }

    @Test
    void findsMigrationsInJars(@TempDir Path work) throws Exception {
        Path classes = TestClasses.compile(work, Map.of(
                "com/example/jarmig/V5__FromJar.java", """
                        package com.example.jarmig;
                        public class V5__FromJar implements dev.flux.JavaMigration {
                            public String apply() { return Sql.grant("t"); }
                            public String undo() { return "revoke select on t from r;"; }
                        }""",
                "com/example/jarmig/Sql.java", """
                        package com.example.jarmig;
                        public final class Sql {
                            public static String grant(String table) {
                                return "grant select on " + table + " to r;";
                            }
                        }""",
                "com/example/jarmig/deeper/V6_1__Deeper.java", """
                        package com.example.jarmig.deeper;
                        public class V6_1__Deeper implements dev.flux.JavaMigration {
                            public String apply() { return "select 6;"; }
                        }"""), true);
        Path jar = TestClasses.jar(classes, work.resolve("migrations.jar"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, LOADER)) {
            Discovery d = JavaMigrations.scan(loader, List.of("com.example.jarmig"));

            assertThat(d.problems()).isEmpty();
            assertThat(d.migrations()).extracting(Migration::id, m -> m.version().toString(), m -> m.up().text())
                    .containsExactly(
                            tuple("V5__FromJar", "5", "grant select on t to r;"),
                            tuple("V6_1__Deeper", "6_1", "select 6;"));
            assertThat(d.migrations().get(0).up().location()).isEqualTo("com.example.jarmig.V5__FromJar");
            assertThat(d.migrations().get(0).undo().text()).isEqualTo("revoke select on t from r;");
        }
    }

    @Test
    void aMigrationOfAnotherFluxCopyIsReported(@TempDir Path work) throws Exception {
        Path classes = TestClasses.compile(work, Map.of(
                "dev/flux/JavaMigration.java", """
                        package dev.flux;
                        public interface JavaMigration { String apply(); }""",
                "com/example/foreign/V1__Foreign.java", """
                        package com.example.foreign;
                        public class V1__Foreign implements dev.flux.JavaMigration {
                            public String apply() { return "select 1;"; }
                        }"""), false);

        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, platform)) {
            Discovery d = JavaMigrations.scan(loader, List.of("com.example.foreign"));

            assertThat(d.migrations()).isEmpty();
            assertThat(d.problems()).extracting(Problem::code, Problem::where, Problem::message).containsExactly(
                    tuple(ErrorCode.JAVA, "com.example.foreign.V1__Foreign", "implements a dev.flux.JavaMigration "
                            + "loaded by another class loader than flux's, so flux cannot run it."));
        }
    }

    @Test
    void theMigrationsLoaderIsTheContextLoaderWhileApplyRuns(@TempDir Path work) throws Exception {
        Path classes = TestClasses.compile(work, Map.of(
                "com/example/context/V1__ReadsResource.java", """
                        package com.example.context;
                        public class V1__ReadsResource implements dev.flux.JavaMigration {
                            public String apply() {
                                return String.valueOf(Thread.currentThread().getContextClassLoader()
                                        .getResource("com/example/context/V1__ReadsResource.class") != null);
                            }
                        }"""), true);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LOADER)) {
            Discovery d = JavaMigrations.scan(loader, List.of("com.example.context"));
            assertThat(d.migrations()).singleElement().satisfies(m -> assertThat(m.up().text()).isEqualTo("true"));
        }
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    private static Discovery scan(String packageName) {
        return JavaMigrations.scan(LOADER, List.of(packageName));
    }
}
