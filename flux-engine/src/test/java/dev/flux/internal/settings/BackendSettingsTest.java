package dev.flux.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.FluxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendSettingsTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @TempDir
    Path folder;

    private BackendSettings resolve(Given.Backend given, FluxConfig file) {
        return BackendSettings.resolve(given, file, loader);
    }

    @Test
    void theBuildersBackendWinsOverTheFiles() {
        FluxConfig file = Toml.parse(folder, "[flux]\nbackend = \"h2\"\nmigration_directory = \"db\"\n", Map.of());

        BackendSettings settings = resolve(new Given.Backend("offline", Map.of(), null), file);

        assertThat(settings.provider().name()).isEqualTo("offline");
    }

    @Test
    void anotherBackendGivenByTheBuilderKeepsOnlyTheLockTimeoutOfTheFilesOptions() {
        FluxConfig file = Toml.parse(folder, "[flux]\nbackend = \"h2\"\nmigration_directory = \"db\"\n"
                + "[backend]\nmode = \"h2 only\"\nlock_timeout = 5\n", Map.of());

        BackendSettings settings = resolve(new Given.Backend("offline", Map.of(), null), file);

        assertThat(settings.options()).containsExactly(Map.entry("lock_timeout", 5L));
        assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withoutABackendAnywhereItSaysHowToGiveOne() {
        assertThatThrownBy(() -> resolve(Given.Backend.none(), null))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("no backend given: call config(Path.of(\"flux.toml\")) or backend(\"h2\")");
    }

    @Test
    void anUnknownBackendOfTheFileIsNamedWhereItIsWritten() {
        FluxConfig file = Toml.parse(folder, "[flux]\nbackend = \"ofline\"\nmigration_directory = \"db\"\n",
                Map.of());

        assertThatThrownBy(() -> resolve(Given.Backend.none(), file))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND))
                .hasMessageContaining("flux.toml:2:1: unknown backend 'ofline'")
                .hasMessageContaining("did you mean 'offline'?")
                .hasMessageContaining("installed backends: offline");
    }

    @Test
    void theBuildersOptionsWinOverTheFilesAndUnknownOnesAreAllListedWhereTheyAre() {
        FluxConfig file = Toml.withOfflineBackend(folder, "[backend]\nschema = \"file\"\ntabel = \"history\"\n");

        BackendSettings settings = resolve(new Given.Backend(null, Map.of("schema", "builder"), null),
                Toml.withOfflineBackend(folder, "[backend]\nschema = \"file\"\ntable = \"history\"\n"));

        assertThat(settings.options()).containsExactly(Map.entry("schema", "builder"), Map.entry("table", "history"));
        assertThatThrownBy(() -> resolve(new Given.Backend(null, Map.of("shema", "x"), null), file))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("flux.toml:6:1: backend.tabel: unknown key — did you mean 'table'?")
                .hasMessageContaining("\nbackend.shema: unknown key — did you mean 'schema'?")
                .hasMessageContaining("Valid keys for backend offline: lock_timeout, schema, table.");
    }

    @Test
    void aLockTimeoutGivenAsADurationKeepsItsMilliseconds() {
        BackendSettings settings = resolve(new Given.Backend("offline", Map.of(), Duration.ofMillis(300)), null);

        assertThat(settings.lockTimeout()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theLockTimeoutIsTheDurationElseTheOptionInSecondsElseSixtySeconds() {
        FluxConfig file = Toml.withOfflineBackend(folder, "[backend]\nlock_timeout = 5\n");

        assertThat(resolve(new Given.Backend(null, Map.of(), Duration.ofMillis(1500)), file).lockTimeout())
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(resolve(new Given.Backend(null, Map.of("lock_timeout", 7L), null), file).lockTimeout())
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(resolve(Given.Backend.none(), file).lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(resolve(new Given.Backend("offline", Map.of(), null), null).lockTimeout())
                .isEqualTo(BackendSettings.DEFAULT_LOCK_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aLockTimeoutThatIsNotWholeSecondsOrIsNegativeIsRefused() {
        FluxConfig file = Toml.withOfflineBackend(folder, "[backend]\nlock_timeout = 1.5\n");

        assertThatThrownBy(() -> resolve(Given.Backend.none(), file))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("flux.toml:5:1: backend.lock_timeout: expected whole seconds (for example 60), "
                        + "found 1.5.");
        assertThatThrownBy(() -> resolve(new Given.Backend("offline", Map.of(), Duration.ofSeconds(-1)), null))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("lockTimeout: must not be negative, found PT-1S.");
    }
}
