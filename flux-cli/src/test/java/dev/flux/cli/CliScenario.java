package dev.flux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's whole life through the real {@code bin/flux}, as a separate process, on one database: init,
 * new, migrate, status (text and JSON), rollback by count and by target, rollback refused without either,
 * verify passing then failing after an edit, repair, a usage error. No output of any run shows the password.
 */
abstract class CliScenario {
    static final String PASSWORD = "Zq8-Cli-Secret-Walrus";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    Distribution flux;
    Path project;

    /** The options every command of the scenario gets, such as a password file. */
    abstract List<String> options();

    /** The environment every command of the scenario gets. */
    abstract Map<String, String> env();

    /** Readies {@code project}, in which {@code flux init} wrote {@code flux.toml}, for this database. */
    abstract void prepare(Path project) throws IOException;

    Distribution.Run flux(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(options());
        return flux.flux(project, env(), all.toArray(String[]::new));
    }

    static JsonNode json(Distribution.Run run) {
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not one JSON document on stdout:\n" + run.all(), e);
        }
    }

    void setUpProject() throws IOException {
        flux = Distribution.unpack(Files.createDirectories(folder.resolve("dist")));
        project = Files.createDirectories(folder.resolve("project"));
    }

    @AfterEach
    void noOutputShowsThePassword() {
        if (flux != null) {
            assertThat(flux.runs()).allSatisfy(run -> assertThat(run.all()).doesNotContain(PASSWORD));
        }
    }

    @Test
    void aProjectLivesItsWholeLifeThroughTheCommandLine() throws IOException {
        setUpProject();
        Distribution.Run init = flux("init");
        assertThat(init.code()).as(init.all()).isZero();
        assertThat(project.resolve("flux.toml")).exists();
        assertThat(project.resolve("src/main/flux")).isDirectory();
        prepare(project);

        Distribution.Run users = flux("new", "create users");
        Distribution.Run email = flux("new", "add email");
        assertThat(users.code()).as(users.all()).isZero();
        assertThat(email.code()).as(email.all()).isZero();
        Path migrations = project.resolve("src/main/flux");
        Path usersFile = only(migrations, "_001__create_users.sql");
        assertThat(usersFile.getFileName().toString()).matches("V\\d{8}_001__create_users\\.sql");
        assertThat(users.out()).contains("Created src/main/flux/" + usersFile.getFileName());
        Files.writeString(usersFile, "create table users (id int primary key, name varchar(50));\n");
        Files.writeString(only(migrations, "_001__create_users.undo.sql"), "drop table users;\n");
        Files.writeString(only(migrations, "_002__add_email.sql"), "alter table users add column email varchar(80);\n");
        Files.writeString(only(migrations, "_002__add_email.undo.sql"), "alter table users drop column email;\n");
        String first = usersFile.getFileName().toString().replace(".sql", "");
        String second = first.replace("_001__create_users", "_002__add_email");

        Distribution.Run migrate = flux("migrate");
        assertThat(migrate.code()).as(migrate.all()).isZero();
        assertThat(migrate.out()).containsPattern("  applied " + first + " \\(\\d+ ms\\)")
                .containsPattern("Applied 2 migrations in \\d+ ms; database at V")
                .doesNotContain("\r");

        Distribution.Run status = flux("status");
        assertThat(status.code()).as(status.all()).isZero();
        assertThat(status.out()).contains("Version", "Description", "State", "Applied at", "create users")
                .contains("; up to date");
        JsonNode statusJson = json(flux("status", "--format", "json"));
        assertThat(statusJson.get("database").asText()).doesNotContain(PASSWORD);
        assertThat(statusJson.get("migrations")).hasSize(2);
        JsonNode firstRow = statusJson.get("migrations").get(0);
        assertThat(firstRow.get("id").asText()).isEqualTo(first);
        assertThat(firstRow.get("description").asText()).isEqualTo("create users");
        assertThat(firstRow.get("state").asText()).isEqualTo("APPLIED");
        assertThat(Instant.parse(firstRow.get("appliedAt").asText())).isBefore(Instant.now());
        String firstVersion = firstRow.get("version").asText();
        assertThat(statusJson.get("version").asText()).isEqualTo(statusJson.get("migrations").get(1).get("version")
                .asText());

        Distribution.Run debug = flux("status", "--debug");
        assertThat(debug.code()).as(debug.all()).isZero();

        Distribution.Run refused = flux("rollback");
        assertThat(refused.code()).as(refused.all()).isEqualTo(2);
        assertThat(refused.err()).contains("needs --count N", "Nothing was undone", "Usage: flux rollback");
        assertThat(json(flux("status", "--format", "json")).get("version").asText())
                .isEqualTo(statusJson.get("version").asText());

        Distribution.Run byCount = flux("rollback", "--count", "1");
        assertThat(byCount.code()).as(byCount.all()).isZero();
        assertThat(byCount.out()).contains("  undid " + second).containsPattern("Undid 1 migration in \\d+ ms; database"
                + " at V" + firstVersion);
        assertThat(json(flux("status", "--format", "json")).get("version").asText()).isEqualTo(firstVersion);

        assertThat(flux("migrate", "-q").out()).doesNotContain("applied").contains("Applied 1 migration");
        Distribution.Run byTarget = flux("rollback", "--target", first, "--format", "json");
        assertThat(byTarget.code()).as(byTarget.all()).isZero();
        JsonNode undone = json(byTarget);
        assertThat(undone.get("command").asText()).isEqualTo("rollback");
        assertThat(undone.get("version").asText()).isEqualTo(firstVersion);
        assertThat(undone.get("steps").get(0).get("id").asText()).isEqualTo(second);
        assertThat(undone.get("steps").get(0).get("kind").asText()).isEqualTo("UNDO");
        assertThat(undone.get("steps").get(0).get("milliseconds").isIntegralNumber()).isTrue();

        JsonNode migrated = json(flux("migrate", "--format", "json"));
        assertThat(migrated.get("migrations")).hasSize(1);
        assertThat(migrated.get("version").asText()).isEqualTo(statusJson.get("version").asText());

        Distribution.Run verified = flux("verify");
        assertThat(verified.code()).as(verified.all()).isZero();
        assertThat(verified.out()).contains("Verified 2 migrations against the history: no problems");
        Files.writeString(usersFile, "-- edited after it was applied\n", java.nio.file.StandardOpenOption.APPEND);
        Distribution.Run changed = flux("verify");
        assertThat(changed.code()).as(changed.all()).isEqualTo(1);
        assertThat(changed.err()).startsWith("FLUX-CHECKSUM: ").doesNotContain("\tat ");
        Distribution.Run changedJson = flux("verify", "--format", "json");
        assertThat(changedJson.code()).isEqualTo(1);
        assertThat(json(changedJson).get("error").get("code").asText()).isEqualTo("FLUX-CHECKSUM");
        assertThat(json(changedJson).get("error").get("problems").get(0).get("where").asText())
                .contains(usersFile.getFileName().toString());

        Distribution.Run repaired = flux("repair", "--accept-checksums");
        assertThat(repaired.code()).as(repaired.all()).isZero();
        assertThat(repaired.err()).contains("re-recorded the checksum of " + first);
        assertThat(flux("verify").code()).isZero();

        Distribution.Run wrong = flux("migrate", "--no-such-option");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("Unknown option: '--no-such-option'", "Usage: flux migrate");
    }

    @Test
    void aDatabaseIsTakenOverThroughTheCommandLine() throws IOException {
        setUpProject();
        assertThat(flux("init").code()).isZero();
        prepare(project);
        Path migrations = project.resolve("src/main/flux");
        Files.writeString(migrations.resolve("V1__users.sql"), "create table users (id int primary key);\n");
        Files.writeString(migrations.resolve("V2__orders.sql"), "create table orders (id int primary key);\n");
        Files.writeString(migrations.resolve("U2__orders.sql"), "drop table orders;\n");

        Distribution.Run convert = flux("convert-flyway");
        assertThat(convert.code()).as(convert.all()).isZero();
        assertThat(convert.out()).contains("would move U2__orders.sql", "Dry run: 1 file to move");
        assertThat(migrations.resolve("U2__orders.sql")).exists();
        assertThat(flux("convert-flyway", "--write").code()).isZero();
        assertThat(migrations.resolve("V2__orders.undo.sql")).exists();

        Distribution.Run noVersion = flux("baseline");
        assertThat(noVersion.code()).as(noVersion.all()).isEqualTo(2);
        assertThat(noVersion.err()).contains("needs --version", "Nothing was recorded");
        Distribution.Run baseline = flux("baseline", "--version", "V1", "--format", "json");
        assertThat(baseline.code()).as(baseline.all()).isZero();
        assertThat(json(baseline).get("baselined").get(0).asText()).isEqualTo("V1__users");
        JsonNode status = json(flux("status", "--format", "json"));
        assertThat(status.get("migrations").get(0).get("state").asText()).isEqualTo("BASELINE");
        assertThat(status.get("migrations").get(1).get("state").asText()).isEqualTo("PENDING");
        assertThat(json(flux("migrate", "--format", "json")).get("migrations")).hasSize(1);

        Distribution.Run noFlyway = flux("import-flyway");
        assertThat(noFlyway.code()).as(noFlyway.all()).isEqualTo(1);
        assertThat(noFlyway.err()).startsWith("FLUX-");
    }

    static Path only(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("files ending " + suffix).hasSize(1);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
