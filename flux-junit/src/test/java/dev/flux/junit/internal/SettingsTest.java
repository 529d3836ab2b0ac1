package dev.flux.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final Path CONFIG = Path.of("flux.toml");

    @Test
    void thePasswordComesFromTheEnvironmentWhenNoParameterGivesIt() {
        Map<String, String> environment = Map.of("FLUX_TEST_PASSWORD", "from-env");

        Settings settings = Settings.of(CONFIG, true, name -> Optional.empty(), environment::get);

        assertThat(settings.password()).isEqualTo("from-env");
        assertThat(settings.toString()).doesNotContain("from-env");
    }

    @Test
    void aPasswordParameterWinsOverTheEnvironment() {
        Settings settings = Settings.of(CONFIG, true,
                name -> name.equals("flux.test.password") ? Optional.of("from-parameter") : Optional.empty(),
                Map.of("FLUX_TEST_PASSWORD", "from-env")::get);

        assertThat(settings.password()).isEqualTo("from-parameter");
    }

    @Test
    void withoutEitherThereIsNoPassword() {
        assertThat(Settings.of(CONFIG, true, name -> Optional.empty(), name -> null).password()).isNull();
    }
}
