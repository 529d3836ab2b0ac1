package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official image, run as a user runs it: {@code docker run} on a project folder mounted at
 * {@code /flux}. Needs a Docker engine and the image, which {@code .ci/docker-image} builds; without
 * either, every test is skipped with the reason. The image is {@code flux:<project version>}, or the one
 * the system property {@code flux.test.image} names.
 */
class ImageIT {

    private static final String IMAGE_PROPERTY = "flux.test.image";
    /** Set by the build to the project version. */
    private static final String VERSION_PROPERTY = "flux.version";
    /** The image's own user. */
    private static final int FLUX_UID = 10001;
    /** Given as FLUX_PASSWORD to every run: it must show in no output. */
    private static final String PASSWORD = "pw-" + UUID.randomUUID();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Docker docker;
    private static String image;
    private static String version;
    /** Why the tests cannot run here, or null. */
    private static String skipped;

    @TempDir
    Path project;
    /** For what is not the project's: sources and classes of the jars. */
    @TempDir
    Path work;

    @BeforeAll
    static void engineAndImage(@TempDir Path scratch) throws IOException {
        docker = new Docker(scratch);
        version = System.getProperty(VERSION_PROPERTY);
        image = System.getProperty(IMAGE_PROPERTY, "flux:" + version);
        Optional<String> unavailable = docker.unavailable();
        if (unavailable.isPresent()) {
            skipped = unavailable.get() + ". The image tests need a Docker engine and the image (.ci/docker-image"
                    + " builds it; see docs/deploy.md).";
        } else if (version == null) {
            skipped = "no system property " + VERSION_PROPERTY + "; run them with mvn verify in flux-cli, which"
                    + " sets it.";
        } else if (!docker.hasImage(image)) {
            skipped = "the Docker engine has no image " + image + ". Build it with .ci/docker-image, or name another"
                    + " with -D" + IMAGE_PROPERTY + "=...";
        }
    }

    /** Each test is reported as skipped, with the reason, rather than the class vanishing from the report. */
    @BeforeEach
    void engineAndImageAvailable() throws IOException {
        assumeTrue(skipped == null, () -> "image test skipped: " + skipped);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void versionPrintsTheProjectVersion() throws IOException {
        Docker.Result run = docker.docker("run", "--rm", image, "--version");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).contains(version);
    }

    @Test
    void imageRunsFluxInTheProjectFolderAsANonRootUserAndCarriesItsLabels() throws IOException {
        Docker.Result run = docker.docker("image", "inspect", "--format",
                "{{.Config.User}}|{{.Config.WorkingDir}}|{{json .Config.Entrypoint}}", image);
        Docker.Result labels = docker.docker("image", "inspect", "--format", "{{json .Config.Labels}}", image);

        assertThat(run.out().strip()).as(run.describe()).isEqualTo(FLUX_UID + ":0|/flux|[\"flux\"]");
        JsonNode label = JSON.readTree(labels.out());
        assertThat(label.path("org.opencontainers.image.version").asText()).as(labels.describe()).isEqualTo(version);
        assertThat(label.path("org.opencontainers.image.licenses").asText()).isEqualTo("Apache-2.0");
        assertThat(label.path("org.opencontainers.image.source").asText())
                .isEqualTo("https://github.com/flux-migrations/flux");
    }

    @Test
    void migratesAnH2ProjectInAMountedFolderThenReportsItsStatusAsJson() throws IOException {
        h2Project();

        Docker.Result migrate = flux(List.of(), "migrate");
        Docker.Result status = flux(List.of(), "status", "--format", "json");

        assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
        assertThat(migrate.out()).as(migrate.describe()).contains("V1__create_users", "V2__add_email");
        assertThat(status.exitCode()).as(status.describe()).isZero();
        JsonNode json = JSON.readTree(status.out());
        assertThat(json.path("version").asText()).as(status.describe()).isEqualTo("2");
        assertThat(states(json)).as(status.describe()).containsExactly("1 APPLIED", "2 APPLIED");
        assertThat(migrate.output() + status.output()).doesNotContain(PASSWORD);
        // The database is all flux wrote: no cache or archive in the project folder, flux's home.
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("flux.toml",
                    "migrations", "db");
        }
    }

    @Test
    void startsFromTheClassDataArchiveRecordedInTheImage() throws IOException {
        h2Project();

        Docker.Result status = flux(List.of("-e", "FLUX_OPTS=-XX:-UsePerfData -Xlog:class+load=info"), "status");

        assertThat(status.exitCode()).as(status.describe()).isZero();
        assertThat(status.out()).as(status.describe())
                .containsPattern("dev\\.flux\\.cli\\.Main source: shared objects file")
                .containsPattern("dev\\.flux\\.Flux source: shared objects file");
    }

    @Test
    void jarsInTheProjectsDriversFolderAreOnTheClassPath() throws IOException {
        h2Project();
        write("flux.toml", Files.readString(project.resolve("flux.toml"))
                .replace("[connection]", "java_packages = [\"seed\"]\n\n[connection]"));
        jar("drivers/seed.jar", "seed.V3__Seed", """
                package seed;

                public final class V3__Seed implements dev.flux.JavaMigration {
                    @Override
                    public String apply() {
                        return "INSERT INTO users (id, name) VALUES (1, 'seed');";
                    }
                }
                """);

        Docker.Result migrate = flux(List.of(), "migrate");

        assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
        assertThat(migrate.out()).as(migrate.describe()).contains("applied V3__Seed");
    }

    @Test
    void filesFluxWritesBelongToTheImagesNonRootUser() throws IOException {
        h2Project();

        Docker.Result migrate = flux(List.of(), "migrate");

        assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
        Path database = project.resolve("db/shop.mv.db");
        assertThat(Files.getAttribute(database, "unix:uid")).isEqualTo(FLUX_UID);
        assertThat(Files.getAttribute(database, "unix:gid")).isEqualTo(0);
    }

    @Test
    void runsUnderAnArbitraryUidInGroupZero() throws IOException {
        h2Project();

        Docker.Result migrate = flux(List.of("--user", "12345:0"), "migrate");

        assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
        Path database = project.resolve("db/shop.mv.db");
        assertThat(Files.getAttribute(database, "unix:uid")).isEqualTo(12345);
        assertThat(Files.getAttribute(database, "unix:gid")).isEqualTo(0);
    }

    @Test
    void anEditedAppliedMigrationExitsWith1AndFluxChecksumAndAppliesNothing() throws IOException {
        h2Project();
        Docker.Result first = flux(List.of(), "migrate");
        assertThat(first.exitCode()).as(first.describe()).isZero();
        write("migrations/V1__create_users.sql", "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(200));\n");
        write("migrations/V3__create_orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY);\n");

        Docker.Result edited = flux(List.of(), "migrate");
        Docker.Result status = flux(List.of(), "status", "--format", "json");

        assertThat(edited.exitCode()).as(edited.describe()).isEqualTo(1);
        assertThat(firstLine(edited.err())).as(edited.describe()).startsWith("FLUX-CHECKSUM: ");
        assertThat(edited.err()).as(edited.describe()).contains("V1__create_users.sql");
        assertThat(states(JSON.readTree(status.out()))).as(status.describe())
                .containsExactly("1 CHANGED", "2 APPLIED", "3 PENDING");
        assertThat(edited.output()).doesNotContain(PASSWORD);
    }

    @Test
    void migratesThePostgresServerOfTheHostWithReadOnlyFiles() throws IOException, SQLException {
        write("flux.toml", "[flux]\nbackend = \"postgres\"\nmigration_directory = \"migrations\"\n");
        migrations();
        PostgresDatabase database = PostgresDatabase.fresh();
        try {
            // As Kubernetes can run it: the root file system and the project folder read-only. The host's
            // network, so that the server's 127.0.0.1 is the container's.
            Docker.Result migrate = flux(List.of("--read-only", "--network", "host", "-e",
                    "FLUX_URL=" + database.url()), "migrate");

            assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
            assertThat(strings(database, "SELECT version FROM flux_migrations WHERE state = 'APPLIED'"
                    + " ORDER BY version")).containsExactly("1", "2");
            assertThat(strings(database, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'users' ORDER BY ordinal_position")).containsExactly("id", "name", "email");
            assertThat(migrate.output()).doesNotContain(PASSWORD);
        } finally {
            database.drop();
        }
    }

    @Test
    void aConnectionFailureNamesNoPassword() throws IOException {
        write("flux.toml", "[flux]\nbackend = \"postgres\"\nmigration_directory = \"migrations\"\n");
        migrations();

        // Nothing listens on port 1; the URL carries the password too.
        Docker.Result migrate = flux(List.of("--network", "host", "-e",
                "FLUX_URL=jdbc:postgresql://127.0.0.1:1/nowhere?password=" + PASSWORD, "-e", "FLUX_USER=postgres"),
                "--debug", "migrate");

        assertThat(migrate.exitCode()).as(migrate.describe()).isEqualTo(1);
        assertThat(firstLine(migrate.err())).as(migrate.describe()).startsWith("FLUX-CONNECT: ");
        assertThat(migrate.output()).as(migrate.describe()).doesNotContain(PASSWORD);
    }

    /** {@code docker run} of the image on the project folder, with FLUX_PASSWORD set, then flux's arguments. */
    private Docker.Result flux(List<String> runOptions, String... arguments) throws IOException {
        // The read-only root file system goes with a read-only project folder.
        String mode = runOptions.contains("--read-only") ? ":ro" : "";
        List<String> command = new ArrayList<>(List.of("run", "--rm", "-v", project + ":/flux" + mode, "-e",
                "FLUX_PASSWORD=" + PASSWORD));
        command.addAll(runOptions);
        command.add(image);
        command.addAll(List.of(arguments));
        return docker.docker(command.toArray(String[]::new));
    }

    /**
     * An H2 project whose database file lands in db/. Both folders are writable for the container's users,
     * as a project folder often is, so that anything else flux might write there would show.
     */
    private void h2Project() throws IOException {
        write("flux.toml", """
                [flux]
                backend = "h2"
                migration_directory = "migrations"

                [connection]
                url = "jdbc:h2:file:./db/shop"
                user = "sa"
                """);
        migrations();
        Path db = Files.createDirectories(project.resolve("db"));
        for (Path folder : List.of(project, db)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
    }

    private void migrations() throws IOException {
        write("migrations/V1__create_users.sql", "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));\n");
        write("migrations/V2__add_email.sql", "ALTER TABLE users ADD COLUMN email VARCHAR(200);\n");
    }

    private void write(String file, String content) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    /** "version state" of each migration in status JSON. */
    private static List<String> states(JsonNode status) {
        List<String> states = new ArrayList<>();
        status.path("migrations").forEach(m -> states.add(m.path("version").asText() + " "
                + m.path("state").asText()));
        return states;
    }

    /** Compiles one class against flux's API and packs it into a jar in the project. */
    private void jar(String file, String className, String source) throws IOException {
        Path src = work.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), src.toString());
        assertThat(compiled).as(errors.toString()).isZero();
        String entry = className.replace('.', '/') + ".class";
        Path jar = project.resolve(file);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries too, as the jar tool writes them: packages are found through them.
            for (int slash = entry.indexOf('/'); slash > 0; slash = entry.indexOf('/', slash + 1)) {
                out.putNextEntry(new JarEntry(entry.substring(0, slash + 1)));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static List<String> strings(PostgresDatabase database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
