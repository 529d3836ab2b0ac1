package dev.flux.internal.settings;

import dev.flux.internal.discovery.MigrationLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.spi.InstalledForTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsResolverTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final SettingsResolver resolver = new SettingsResolver(new Environment(
            Map.of("flux.user", "property_user")::get, Map.of("APP_DB_PASSWORD", "variable-secret")::get));

    @TempDir
    Path folder;

    private Given given(Path config, Given.Backend backend, Given.Migrations migrations, Given.Database database) {
        return new Given(config, loader, backend, migrations, database, Given.Run.defaults());
    }

    private Path fluxToml(String connection) throws Exception {
        return Files.writeString(folder.resolve("flux.toml"), """
                [flux]
                backend = "offline"
                migration_directory = "db"

                [backend]
                schema = "app"
                lock_timeout = 10

                [connection]
                url = "jdbc:offline:./app"
                """ + connection);
    }

    @Test
    void readsFluxTomlWithTheGivenEnvironmentAndResolvesEveryFeature() throws Exception {
        Path config = fluxToml("password = \"${env:APP_DB_PASSWORD}\"\n");

        Settings settings = resolver.resolve(given(config, new Given.Backend(null, Map.of(), Duration.ofMillis(250)),
                Given.Migrations.none(), Given.Database.none()));

        assertThat(settings.backend().provider().name()).isEqualTo("offline");
        assertThat(settings.backend().lockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.migrations().directory().directory()).isEqualTo(folder.toAbsolutePath().resolve("db"));
        assertThat(settings.database().connection()).isEqualTo(new ConnectionSettings(
                "jdbc:offline:" + folder.toAbsolutePath() + "/app", "property_user", "variable-secret"));
        assertThat(settings.run().applyRepeatableOnUndo()).isTrue();
        assertThat(settings.context().lockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.context().options()).containsEntry("schema", "app");
        assertThat(settings.context().applicationName()).isEqualTo("flux");
    }

    @Test
    void withoutConnectionSettingsAnUnsetVariableInTheConnectionTableDoesNoHarm() throws Exception {
        Path config = fluxToml("password = \"${env:NEVER_SET}\"\n");

        Settings settings = resolver.resolve(given(config, Given.Backend.none(), Given.Migrations.none(),
                new Given.Database(null, null, null, true)));

        assertThat(settings.database().dataSource()).isEmpty();
        assertThatThrownBy(() -> resolver.resolve(given(config, Given.Backend.none(), Given.Migrations.none(),
                Given.Database.none()))).hasMessageContaining("NEVER_SET");
    }

    @Test
    void configurationProblemsOfSeveralFeaturesAreReportedTogether() {
        assertThatThrownBy(() -> resolver.resolve(given(null, Given.Backend.none(), Given.Migrations.none(),
                Given.Database.none())))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageStartingWith("FLUX-CONFIG: no backend given")
                .hasMessageContaining("\nno migration directory given");
    }

    @Test
    void theBackendChecksItsOptionValues() {
        assertThatThrownBy(() -> resolver.resolve(given(null, new Given.Backend("offline", Map.of("schema", "bad"),
                null), new Given.Migrations(MigrationLocation.of(folder), null, null), Given.Database.none())))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("backend.schema: 'bad' is not a schema name.");
    }

    @Test
    void anUnknownBackendStopsWithItsOwnCode() {
        assertThatThrownBy(() -> resolver.resolve(given(null, new Given.Backend("nosuch", Map.of(), null),
                Given.Migrations.none(), Given.Database.none())))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND));
    }

    @Test
    void openingWithoutADatabaseSaysHowToConfigureOne() {
        Settings settings = resolver.resolve(given(null, new Given.Backend("offline", Map.of(), null),
                new Given.Migrations(MigrationLocation.of(folder), null, null), Given.Database.none()));

        assertThatThrownBy(settings::openBackend)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONNECT))
                .hasMessageContaining("no database configured");
    }

    @Test
    void withoutABackendNamedTheUrlOfTheEnvironmentChoosesIt() throws Exception {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));
        Path config = Files.writeString(folder.resolve("flux.toml"), "[flux]\nmigration_directory = \"db\"\n"
                + "[connection]\nurl = \"jdbc:alpha:mem:file\"\n");
        SettingsResolver fromEnvironment = new SettingsResolver(new Environment(name -> null,
                Map.of("FLUX_URL", "jdbc:beta://host/db")::get));

        Settings settings = fromEnvironment.resolve(new Given(config, installed, Given.Backend.none(),
                Given.Migrations.none(), Given.Database.none(), Given.Run.defaults()));

        assertThat(settings.backend().provider().name()).isEqualTo("beta");
        assertThat(settings.database().connection().url()).isEqualTo("jdbc:beta://host/db");
    }

    @Test
    void aNamedBackendWithTheUrlOfAnotherInstalledOneIsRefusedBeforeConnecting() throws Exception {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));
        Path config = Files.writeString(folder.resolve("flux.toml"), "[flux]\nbackend = \"alpha\"\n"
                + "migration_directory = \"db\"\n[connection]\nurl = \"jdbc:beta://host/db\"\n");

        assertThatThrownBy(() -> resolver.resolve(new Given(config, installed, Given.Backend.none(),
                Given.Migrations.none(), Given.Database.none(), Given.Run.defaults())))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("flux.toml:2:1: backend 'alpha' does not serve the URL jdbc:beta://host/db");
    }
}
