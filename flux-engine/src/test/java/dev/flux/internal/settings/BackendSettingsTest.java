package dev.flux.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.FluxConfig;
import dev.flux.spi.InstalledForTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendSettingsTest {
    private static final String SECRET = "Sup3r-Secret-Pw";
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
    void withoutABackendNamedItComesFromTheUrlsPrefix() {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));
        FluxConfig file = Toml.parse(folder, "[flux]\nmigration_directory = \"db\"\n", Map.of());

        assertThat(BackendSettings.resolve(Given.Backend.none(), file, "jdbc:beta://host/db", installed).provider())
                .isInstanceOf(InstalledForTest.Beta.class);
        assertThat(BackendSettings.resolve(Given.Backend.none(), null, "JDBC:ALPHA:mem:x", installed).provider())
                .isInstanceOf(InstalledForTest.Alpha.class);
    }

    @Test
    void aNamedBackendIsRefusedForAUrlThatAnotherInstalledBackendServes() {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));
        FluxConfig file = Toml.parse(folder, "[flux]\nbackend = \"alpha\"\nmigration_directory = \"db\"\n",
                Map.of());

        assertThatThrownBy(() -> BackendSettings.resolve(Given.Backend.none(), file,
                "jdbc:beta://app:" + SECRET + "@host/db", installed))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("flux.toml:2:1: backend 'alpha' does not serve the URL"
                        + " jdbc:beta://app:****@host/db, which belongs to the installed backend 'beta'"
                        + " (jdbc:alpha:beta: or jdbc:beta:); alpha takes URLs starting jdbc:alpha:. Fix the URL,"
                        + " or set backend = \"beta\" under [flux].")
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> BackendSettings.resolve(new Given.Backend("beta", Map.of(), null), null,
                "jdbc:alpha:mem:x", installed))
                .hasMessageStartingWith("FLUX-CONFIG: backend 'beta' does not serve the URL jdbc:alpha:mem:x")
                .hasMessageEndingWith("Fix the URL, or use backend \"alpha\".");
    }

    @Test
    void aNamedBackendTakesUrlsNoInstalledBackendClaimsAndAnyUrlWhenItDeclaresNoPrefixes() {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));

        assertThat(BackendSettings.resolve(new Given.Backend("alpha", Map.of(), null), null, "jdbc:mysql://h/db",
                installed).provider().name()).isEqualTo("alpha");
        assertThat(BackendSettings.resolve(new Given.Backend("offline", Map.of(), null), null, "jdbc:beta://h/db",
                installed).provider().name()).isEqualTo("offline");
    }

    @Test
    void aUrlNoInstalledBackendServesListsTheInstalledOnesAndSuggestsNoOtherDatabase() {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));

        assertThatThrownBy(() -> BackendSettings.resolve(Given.Backend.none(), null,
                "jdbc:mysql://root:" + SECRET + "@host/db", installed))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND))
                .hasMessageContaining("no installed backend serves the URL jdbc:mysql://root:****@host/db; installed"
                        + " backends: alpha (jdbc:alpha:), beta (jdbc:alpha:beta: or jdbc:beta:), offline.")
                .hasMessageContaining("Add the jar of a flux backend for this database to the class path")
                .message().doesNotContain(SECRET).doesNotContain("h2");
    }

    @Test
    void aFileWithoutBackendIsNamedWhenNoBackendServesItsUrlAndABlankUrlCountsAsNone() {
        ClassLoader installed = InstalledForTest.loader(folder.resolve("backends"));
        FluxConfig file = Toml.parse(folder, "[flux]\nmigration_directory = \"db\"\n", Map.of());

        assertThatThrownBy(() -> BackendSettings.resolve(Given.Backend.none(), file, "jdbc:mysql://h/db", installed))
                .hasMessageContaining(file.file() + " names no backend, and no installed backend serves the URL"
                        + " jdbc:mysql://h/db;");
        assertThatThrownBy(() -> BackendSettings.resolve(Given.Backend.none(), file, "  ", installed))
                .hasMessageContaining(file.file() + ": names no backend and no database URL is given");
    }

    @Test
    void aFileWithoutBackendNorUrlSaysWhatToAdd() {
        FluxConfig file = Toml.parse(folder, "[flux]\nmigration_directory = \"db\"\n", Map.of());

        assertThatThrownBy(() -> resolve(Given.Backend.none(), file))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("flux.toml: names no backend and no database URL is given to take it from; add"
                        + " backend = \"h2\" (or another installed backend: offline) under [flux], or give the URL"
                        + " ([connection] url, FLUX_URL).");
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
