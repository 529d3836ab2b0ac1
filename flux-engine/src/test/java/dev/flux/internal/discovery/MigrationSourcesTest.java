package dev.flux.internal.discovery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSourcesTest {
    private static final String DUP = "dev.flux.internal.discovery.javamig.dup";
    private static final String OK = "dev.flux.internal.discovery.javamig.ok";

    @TempDir
    Path dir;

    @Test
    void sqlAndJavaMigrationsShareOneVersionOrder() throws IOException {
        write("V1.5__between.sql", "select 15;");
        write("V10__last.sql", "select 10;");
        write("post-apply/010_views.sql", "create view v as select 1;");

        Discovery d = MigrationSources.discover(MigrationLocation.of(dir), UTF_8, getClass().getClassLoader(), List.of(OK));

        assertThat(d.problems()).isEmpty();
        assertThat(d.migrations()).extracting(Migration::id).containsExactly(
                "V1__CreateAccounts", "V1.5__between", "V2__GrantRead", "V3__InSubPackage", "V10__last");
        assertThat(d.postApply()).extracting(Script::location).containsExactly("post-apply/010_views.sql");
    }

    @Test
    void aSqlAndAJavaMigrationWithTheSameVersionAreDuplicates() throws IOException {
        write("V1__sql_one.sql", "select 1;");

        Discovery d = MigrationSources.discover(MigrationLocation.of(dir), UTF_8, getClass().getClassLoader(), List.of(DUP));

        assertThat(d.migrations()).extracting(Migration::id).containsExactly("V1__sql_one", "V2_0__AlsoTwo");
        assertThat(d.problems()).extracting(Problem::code, Problem::where, Problem::message).containsExactly(
                tuple(ErrorCode.DUPLICATE, DUP + ".V2__JavaTwo", "has version 2, like " + DUP + ".V2_0__AlsoTwo."),
                tuple(ErrorCode.DUPLICATE, DUP + ".V1__JavaOne", "has version 1, like V1__sql_one.sql."));
    }

    @Test
    void withoutJavaPackagesOnlyTheDirectoryIsScanned() throws IOException {
        write("V1__x.sql", "select 1;");
        Discovery d = MigrationSources.discover(MigrationLocation.of(dir), UTF_8, null, List.of());
        assertThat(d.migrations()).extracting(Migration::id).containsExactly("V1__x");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void aNullLoaderMeansTheContextClassLoader() throws IOException {
        Discovery d = MigrationSources.discover(MigrationLocation.of(dir), UTF_8, null, List.of(OK));
        assertThat(d.migrations()).hasSize(3);
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
