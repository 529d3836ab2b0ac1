package dev.flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flux.spi.InstalledForTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FluxConfigurationTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("flux.toml"), text);
    }

    @Test
    void readsEveryFieldOfTheView() throws IOException {
        Path file = write("""
                [flux]
                backend = "postgres"
                migration_directory = "src/main/flux"
                java_packages = ["com.acme.db", "com.acme.more"]
                apply_repeatable_on_undo = false
                encoding = "ISO-8859-1"
                allow_non_empty = true

                [backend]
                schema = "${env:SCHEMA}"
                lock_timeout = 30
                search = ["a", "b"]
                """);

        FluxConfiguration config = FluxConfiguration.read(file, Map.of("SCHEMA", "app")::get, name -> null);

        assertThat(config.file()).isEqualTo(file);
        assertThat(config.directory()).isEqualTo(dir.toAbsolutePath());
        assertThat(config.backend()).isEqualTo("postgres");
        assertThat(config.migrationDirectory()).isEqualTo(dir.toAbsolutePath().resolve("src/main/flux"));
        assertThat(config.javaPackages()).containsExactly("com.acme.db", "com.acme.more");
        assertThat(config.applyRepeatableOnUndo()).isFalse();
        assertThat(config.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(config.allowNonEmpty()).isTrue();
        assertThat(config.backendOptions()).containsExactly(Map.entry("schema", "app"),
                Map.entry("lock_timeout", 30L), Map.entry("search", List.of("a", "b")));
    }

    @Test
    void optionalKeysHaveTheirDefaults() throws IOException {
        FluxConfiguration config = FluxConfiguration.read(write("""
                [flux]
                backend = "h2"
                migration_directory = "db"
                """));

        assertThat(config.javaPackages()).isEmpty();
        assertThat(config.applyRepeatableOnUndo()).isTrue();
        assertThat(config.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(config.allowNonEmpty()).isFalse();
        assertThat(config.backendOptions()).isEmpty();
    }

    @Test
    void connectionValuesAreNeitherReadNorShown() throws IOException {
        FluxConfiguration config = FluxConfiguration.read(write("""
                [flux]
                backend = "h2"
                migration_directory = "db"

                [connection]
                url = "jdbc:h2:file:./prod;PASSWORD=url-pw"
                password = "${env:FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET}"

                [backend]
                ssl_password = "option-pw"
                """));

        assertThat(config.backend()).isEqualTo("h2");
        assertThat(config.toString()).contains("backend=h2", "ssl_password=" + Secrets.MASK)
                .doesNotContain("url-pw", "option-pw", "NEVER_SET");
    }

    @Test
    void problemsFailWithConfigNamingFileLineAndColumn() throws IOException {
        Path file = write("""
                [flux]
                backend = "h2"
                migration_directory = "${env:FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET}"
                java_package = ["com.acme"]
                """);

        FluxException e = catchThrowableOfType(FluxException.class, () -> FluxConfiguration.read(file));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains(file + ":3:1: flux.migration_directory",
                "FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET", file + ":4:1: flux.java_package: unknown key");
    }

    @Test
    void aMissingFileFailsWithConfig() {
        Path file = dir.resolve("missing.toml");

        FluxException e = catchThrowableOfType(FluxException.class, () -> FluxConfiguration.read(file));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains(file + ": not found");
    }

    @Test
    void theBackendItNamesIsFoundOrTheErrorPointsAtTheName() throws IOException {
        ClassLoader loader = InstalledForTest.loader(dir.resolve("classes"));
        Path file = write("[flux]\nbackend = \"beta\"\nmigration_directory = \"db\"\n");

        assertThat(FluxConfiguration.read(file).backendProvider(loader)).isInstanceOf(InstalledForTest.Beta.class);

        write("[flux]\nmigration_directory = \"db\"\nbackend = \"gamma\"\n");
        FluxException e = catchThrowableOfType(FluxException.class,
                () -> FluxConfiguration.read(file).backendProvider(loader));
        assertThat(e.code()).isEqualTo(ErrorCode.BACKEND);
        assertThat(e.getMessage()).contains(file + ":3:1: unknown backend 'gamma'", "installed backends: alpha, beta");
    }

    @Test
    void aFileThatNamesNoBackendHasNoneAndAsksForOneWhenItsProviderIsWanted() throws IOException {
        Path file = write("[flux]\nmigration_directory = \"db\"\n");

        FluxConfiguration config = FluxConfiguration.read(file);

        assertThat(config.backend()).isNull();
        FluxException e = catchThrowableOfType(FluxException.class,
                () -> config.backendProvider(getClass().getClassLoader()));
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        assertThat(e.getMessage()).contains(file + ": names no backend", "add backend = \"h2\"");
    }
}
