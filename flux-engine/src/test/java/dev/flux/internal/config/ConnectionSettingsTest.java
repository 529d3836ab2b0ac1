package dev.flux.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
    private static final ConnectionSettings EXPLICIT =
            new ConnectionSettings("explicit-url", "explicit-user", "explicit-pw");
    private static final Function<String, String> SYSTEM = Map.of(
            "flux.url", "sys-url", "flux.user", "sys-user", "flux.password", "sys-pw")::get;
    private static final Function<String, String> ENVIRONMENT = Map.of(
            "FLUX_URL", "env-url", "FLUX_USER", "env-user", "FLUX_PASSWORD", "env-pw")::get;
    private static final ConnectionSettings SERVER = new ConnectionSettings("server-url", "server-user", "server-pw");
    private static final ConnectionSettings FILE = new ConnectionSettings("file-url", "file-user", "file-pw");
    private static final Function<String, String> NOTHING = name -> null;

    @Test
    void explicitWinsOverEveryOtherLayer() {
        assertThat(ConnectionSettings.resolve(EXPLICIT, SYSTEM, ENVIRONMENT, null, FILE)).isEqualTo(EXPLICIT);
    }

    @Test
    void systemPropertiesWinOverEnvironmentServerAndFile() {
        assertThat(ConnectionSettings.resolve(null, SYSTEM, ENVIRONMENT, SERVER, FILE))
                .isEqualTo(new ConnectionSettings("sys-url", "sys-user", "sys-pw"));
    }

    @Test
    void environmentWinsOverServerAndFile() {
        assertThat(ConnectionSettings.resolve(null, NOTHING, ENVIRONMENT, SERVER, FILE))
                .isEqualTo(new ConnectionSettings("env-url", "env-user", "env-pw"));
    }

    @Test
    void serverGivesCredentialsButNeverTheUrl() {
        assertThat(ConnectionSettings.resolve(null, NOTHING, NOTHING, SERVER, FILE))
                .isEqualTo(new ConnectionSettings("file-url", "server-user", "server-pw"));
    }

    @Test
    void fileIsTheLastResort() {
        assertThat(ConnectionSettings.resolve(null, NOTHING, NOTHING, null, FILE)).isEqualTo(FILE);
    }

    @Test
    void eachFieldFallsThroughOnItsOwn() {
        ConnectionSettings explicitUrlOnly = new ConnectionSettings("explicit-url", null, null);
        Function<String, String> systemUserOnly = Map.of("flux.user", "sys-user")::get;
        Function<String, String> environmentPasswordOnly = Map.of("FLUX_PASSWORD", "env-pw")::get;

        assertThat(ConnectionSettings.resolve(explicitUrlOnly, systemUserOnly, environmentPasswordOnly, null, FILE))
                .isEqualTo(new ConnectionSettings("explicit-url", "sys-user", "env-pw"));
        assertThat(ConnectionSettings.resolve(null, NOTHING, NOTHING, new ConnectionSettings(null, "server-user", null),
                FILE)).isEqualTo(new ConnectionSettings("file-url", "server-user", "file-pw"));
    }

    @Test
    void emptyStringIsAValueNotAGap() {
        assertThat(ConnectionSettings.resolve(new ConnectionSettings(null, "sa", ""), NOTHING, NOTHING, null, FILE))
                .isEqualTo(new ConnectionSettings("file-url", "sa", ""));
    }

    @Test
    void credentialsFromBothServerAndExplicitAreAnError() {
        assertThatThrownBy(() -> ConnectionSettings.resolve(new ConnectionSettings(null, "me", null), NOTHING, NOTHING,
                SERVER, FILE))
                .isInstanceOf(FluxException.class)
                .hasMessageContaining("serverId")
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.CONFIG));
    }

    @Test
    void toStringHidesThePasswordAndThePasswordInTheUrl() {
        ConnectionSettings settings =
                new ConnectionSettings("jdbc:postgresql://app:Url-Pw-42@db/app", "app", "Field-Pw-42");

        assertThat(settings.toString())
                .isEqualTo("ConnectionSettings[url=jdbc:postgresql://app:****@db/app, user=app, password=****]");
    }
}
