package dev.flux.internal.settings;

import dev.flux.internal.discovery.MigrationLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.FluxConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationSettingsTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @TempDir
    Path folder;

    @Test
    void theBuildersValuesWinOverTheFiles() {
        FluxConfig file = Toml.parse(folder, """
                [flux]
                backend = "offline"
                migration_directory = "db"
                encoding = "UTF-16"
                java_packages = ["com.acme.file"]
                """, java.util.Map.of());

        MigrationSettings settings = MigrationSettings.resolve(new Given.Migrations(MigrationLocation.of(Path.of("/elsewhere")),
                StandardCharsets.ISO_8859_1, List.of("com.acme.builder")), file, loader);

        assertThat(settings.directory()).isEqualTo(MigrationLocation.of(Path.of("/elsewhere")));
        assertThat(settings.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(settings.javaPackages()).containsExactly("com.acme.builder");
        assertThat(settings.loader()).isSameAs(loader);
    }

    @Test
    void theFileGivesWhatTheBuilderDoesNotAndItsDirectoryIsRelativeToIt() {
        FluxConfig file = Toml.withOfflineBackend(folder, "java_packages = [\"com.acme.db\"]\n");

        MigrationSettings settings = MigrationSettings.resolve(Given.Migrations.none(), file, loader);

        assertThat(settings.directory()).isEqualTo(MigrationLocation.of(folder.toAbsolutePath().resolve("db")));
        assertThat(settings.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.javaPackages()).containsExactly("com.acme.db");
    }

    @Test
    void withoutAFileTheEncodingIsUtf8AndThereAreNoJavaPackages() {
        MigrationSettings settings = MigrationSettings.resolve(new Given.Migrations(MigrationLocation.of(folder), null, null), null, loader);

        assertThat(settings.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.javaPackages()).isEmpty();
    }

    @Test
    void withoutADirectoryItSaysHowToGiveOne() {
        assertThatThrownBy(() -> MigrationSettings.resolve(Given.Migrations.none(), null, loader))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("no migration directory given: call config(...) or migrationDirectory(...)");
    }
}
