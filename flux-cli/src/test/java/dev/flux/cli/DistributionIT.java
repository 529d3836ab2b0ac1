package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user installs it: {@code bin/flux} from any folder and through a symbolic link,
 * {@code JAVA_HOME}, extra jars in {@code drivers/} and on {@code --classpath}, and working without a
 * {@code flux.toml}.
 */
class DistributionIT {
    private static final String MIGRATION = "create table items (id int primary key);\n";

    @TempDir
    Path folder;

    private Distribution flux;
    private Path project;

    @BeforeEach
    void unpack() throws IOException {
        flux = Distribution.unpack(Files.createDirectories(folder.resolve("dist")));
        project = Files.createDirectories(folder.resolve("project"));
        Files.createDirectories(project.resolve("db"));
        Files.writeString(project.resolve("db/V1__items.sql"), MIGRATION);
    }

    @Test
    void runsFromAnyFolderAndThroughASymbolicLink() throws IOException {
        Path links = Files.createDirectories(folder.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("flux"), flux.home().resolve("bin/flux"));
        Path linkToLink = Files.createSymbolicLink(links.resolve("flux2"), Path.of("flux"));

        Distribution.Run direct = flux.flux(folder, Map.of(), "--version");
        Distribution.Run linked = flux.run(linkToLink, project, Map.of(), "--migrations", "db", "--url",
                "jdbc:h2:mem:links", "migrate");

        assertThat(direct.code()).as(direct.all()).isZero();
        assertThat(direct.out()).startsWith("flux " + System.getProperty("flux.version") + "\nJava ");
        assertThat(link).isSymbolicLink();
        assertThat(linked.code()).as(linked.all()).isZero();
        assertThat(linked.out()).contains("Database: h2 at jdbc:h2:mem:links", "applied V1__items");
    }

    @Test
    void withoutFluxTomlTheBackendComesFromTheUrlAndAnUnknownOneIsNamed() {
        Distribution.Run unknown = flux.flux(project, Map.of(), "--migrations", "db", "--url",
                "jdbc:sqlserver://db;databaseName=app", "migrate");
        Distribution.Run none = flux.flux(project, Map.of(), "status");

        assertThat(unknown.code()).as(unknown.all()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("FLUX-BACKEND: no installed backend serves the URL"
                        + " jdbc:sqlserver://db;databaseName=app")
                .contains("h2 (jdbc:h2:)", "postgres (jdbc:postgresql:)", "mariadb (jdbc:", "drivers/")
                .doesNotContain("com.h2database");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).startsWith("FLUX-CONFIG: no flux.toml in ").contains("flux init", "--migrations DIR");
    }

    @Test
    void aBackendThatDoesNotServeTheUrlIsRefusedBeforeConnecting() throws IOException {
        Files.writeString(project.resolve("flux.toml"), "[flux]\nbackend = \"postgres\"\n"
                + "migration_directory = \"db\"\n");

        Distribution.Run run = flux.flux(project, Map.of("FLUX_URL", "jdbc:h2:mem:x"), "migrate");

        assertThat(run.code()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).startsWith("FLUX-CONFIG: ").contains("backend 'postgres' does not serve the URL"
                + " jdbc:h2:mem:x, which belongs to the installed backend 'h2'");
    }

    @Test
    void honoursJavaHome() {
        Distribution.Run run = flux.flux(project, Map.of("JAVA_HOME", folder.resolve("no-java").toString()),
                "--version");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("JAVA_HOME is " + folder.resolve("no-java"));
    }

    @Test
    void jarsInDriversAreOnTheClassPath() throws IOException {
        flux.moveToDrivers("flux-backend-h2-");
        flux.moveToDrivers("h2-");
        Files.writeString(project.resolve("flux.toml"), "[flux]\nmigration_directory = \"db\"\n");

        Distribution.Run run = flux.flux(project, Map.of("FLUX_URL", "jdbc:h2:mem:drivers"), "migrate");

        assertThat(flux.home().resolve("lib")).isDirectoryNotContaining("glob:**/h2-*.jar");
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("applied V1__items");
    }

    @Test
    void javaMigrationsLoadFromTheClassPathOption() throws IOException {
        Path classes = compile("db.V2__Seed", """
                package db;

                public final class V2__Seed implements dev.flux.JavaMigration {
                    @Override
                    public String apply() {
                        return "insert into items values (42);";
                    }

                    @Override
                    public String undo() {
                        return "delete from items where id = 42;";
                    }
                }
                """);
        Files.writeString(project.resolve("flux.toml"), """
                [flux]
                migration_directory = "db"
                java_packages = ["db"]
                [connection]
                url = "jdbc:h2:file:./h2/app"
                """);

        Distribution.Run run = flux.flux(project, Map.of(), "migrate", "--classpath", classes.toString());
        Distribution.Run status = flux.flux(project, Map.of("FLUX_CLASSPATH", classes.toString()), "status");

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("applied V1__items", "applied V2__Seed", "database at V2");
        assertThat(status.out()).containsPattern("2 +Seed +APPLIED");
    }

    @Test
    void onAnInteractiveTerminalMigrateShowsAProgressLine() {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "needs script(1) of util-linux to give flux a terminal");

        Distribution.Run run = flux.run(script, project, Map.of(), "-qec", flux.home().resolve("bin/flux")
                + " --migrations db --url jdbc:h2:mem:tty migrate", "/dev/null");

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("\r\033[K[0/1] applying V1__items", "applied V1__items (");
    }

    @Test
    void theFirstDatabaseCommandLeavesAClassDataArchiveThatLaterRunsMapSilently() throws IOException {
        Map<String, String> notCi = Map.of("CI", "false");
        String[] verify = {"--migrations", "db", "--url", "jdbc:h2:mem:c", "verify"};

        Distribution.Run version = flux.flux(project, notCi, "--version");
        assertThat(flux.cache().resolve("flux")).doesNotExist();
        Distribution.Run first = flux.flux(project, notCi, verify);
        Distribution.Run second = flux.flux(project, notCi, verify);
        Distribution.Run off = flux.flux(project, Map.of("CI", "false", "FLUX_CDS", "off", "XDG_CACHE_HOME",
                folder.resolve("off-cache").toString()), verify);
        Distribution.Run ci = flux.flux(project, Map.of("CI", "true", "XDG_CACHE_HOME",
                folder.resolve("ci-cache").toString()), verify);

        assertThat(version.code()).isZero();
        try (Stream<Path> files = Files.list(flux.cache().resolve("flux"))) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString()
                    .matches("cds-\\d+\\.jsa");
        }
        assertThat(List.of(first, second, off, ci)).allSatisfy(run -> {
            assertThat(run.code()).as(run.all()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo(first.out());
        });
        assertThat(folder.resolve("off-cache")).as("FLUX_CDS=off records nothing").doesNotExist();
        assertThat(folder.resolve("ci-cache")).as("CI=true records nothing").doesNotExist();
    }

    @Test
    void aMisspeltCommandIsAUsageErrorWithASuggestionAlsoInJson() throws Exception {
        Distribution.Run text = flux.flux(project, Map.of(), "migrat");
        Distribution.Run json = flux.flux(project, Map.of(), "--format", "json", "migrat");

        assertThat(text.code()).isEqualTo(2);
        assertThat(text.err()).contains("Unmatched argument at index 0: 'migrat' Did you mean: migrate",
                "Usage: flux ");
        assertThat(json.code()).isEqualTo(2);
        assertThat(CliScenario.JSON.readTree(json.out()).get("error").get("code").asText()).isEqualTo("USAGE");
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Distribution.Run run = flux.flux(project, Map.of(), "completion");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("complete -F", "migrate", "rollback", "--dry-run", "--password-file");
    }

    /** Compiles {@code source} against the distribution's jars; returns the folder of the classes. */
    private Path compile(String className, String source) throws IOException {
        Path src = folder.resolve("src/" + className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        String libraries;
        try (Stream<Path> jars = Files.list(flux.home().resolve("lib"))) {
            libraries = jars.map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        }
        List<String> args = List.of("-d", classes.toString(), "-classpath", libraries, src.toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac.run(null, null, errors, args.toArray(String[]::new))).as(errors.toString()).isZero();
        return classes;
    }
}
