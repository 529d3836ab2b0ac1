package dev.flux.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.FluxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigLoader#loadWithoutConnection}: for the JUnit extension, which never uses [connection]. */
class ConfigWithoutConnectionTest {
    @TempDir
    Path dir;

    @Test
    void connectionValuesAreNotReadSoAnUnsetVariableThereDoesNoHarm() throws Exception {
        Path file = Files.writeString(dir.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "db"

                [connection]
                url = "jdbc:h2:file:./prod"
                password = "${env:FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET}"
                user = 42
                """);

        FluxConfig config = ConfigLoader.loadWithoutConnection(file);

        assertThat(config.connection()).isEqualTo(ConnectionSettings.NONE);
        assertThat(config.backend()).isEqualTo("h2");
        assertThatThrownBy(() -> ConfigLoader.load(file)).as("the normal load still reads them")
                .hasMessageContaining("FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET");
    }

    @Test
    void connectionKeysAndEverythingElseAreStillChecked() throws Exception {
        Path file = Files.writeString(dir.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "${env:FLUX_TEST_VARIABLE_THAT_IS_NEVER_SET}"

                [connection]
                uri = "jdbc:h2:mem:x"
                """);

        assertThatThrownBy(() -> ConfigLoader.loadWithoutConnection(file)).isInstanceOf(FluxException.class)
                .hasMessageContaining("flux.toml:3:1: flux.migration_directory")
                .hasMessageContaining("flux.toml:6:1: connection.uri: unknown key");
    }
}
