package dev.flux.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.jdbc.DriverDataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final OfflineBackendProvider provider = new OfflineBackendProvider();
    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> variables = new HashMap<>();

    @TempDir
    Path folder;

    private DatabaseSettings resolve(Given.Database given, FluxConfig file) {
        return DatabaseSettings.resolve(given, file, provider, loader,
                new Environment(properties::get, variables::get));
    }

    private static Given.Database explicit(String url, String user, String password) {
        return new Given.Database(null, new ConnectionSettings(url, user, password), null, false);
    }

    private FluxConfig connectionTable() {
        return Toml.withOfflineBackend(folder, """
                [connection]
                url = "jdbc:offline:file"
                user = "file_user"
                password = "file-secret"
                """);
    }

    @Test
    void eachFieldComesFromTheHighestSourceThatGivesIt() {
        ConnectionSettings server = new ConnectionSettings("jdbc:offline:server-url-is-ignored", "server_user",
                "server-secret");
        properties.put("flux.user", "property_user");
        variables.put("FLUX_URL", "jdbc:offline:environment");
        variables.put("FLUX_USER", "environment_user");

        assertThat(resolve(new Given.Database(null, new ConnectionSettings("jdbc:offline:builder", null, null),
                server, false), connectionTable()).connection())
                .isEqualTo(new ConnectionSettings("jdbc:offline:builder", "property_user", "server-secret"));

        properties.clear();
        assertThat(resolve(new Given.Database(null, null, server, false), connectionTable()).connection())
                .isEqualTo(new ConnectionSettings("jdbc:offline:environment", "environment_user", "server-secret"));

        variables.clear();
        assertThat(resolve(Given.Database.none(), connectionTable()).connection())
                .isEqualTo(new ConnectionSettings("jdbc:offline:file", "file_user", "file-secret"));
    }

    @Test
    void credentialsGivenDirectlyAndAsServerCredentialsAreRefusedWithoutShowingThem() {
        Given.Database given = new Given.Database(null, new ConnectionSettings(null, "sa", null),
                new ConnectionSettings(null, "app", "server-secret"), false);

        assertThatThrownBy(() -> resolve(given, null))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("credentials are given both through serverId and directly")
                .message().doesNotContain("server-secret");
    }

    @Test
    void withoutConnectionSettingsOnlyTheBuildersCount() {
        properties.put("flux.url", "jdbc:offline:property");
        variables.put("FLUX_PASSWORD", "environment-secret");
        Given.Database given = new Given.Database(null, new ConnectionSettings(null, "sa", null),
                new ConnectionSettings(null, "app", "server-secret"), true);

        DatabaseSettings settings = resolve(given, connectionTable());

        assertThat(settings.connection()).isEqualTo(new ConnectionSettings(null, "sa", null));
        assertThat(settings.dataSource()).isEmpty();
        assertThat(settings.description()).isEqualTo("(no database configured)");
    }

    @Test
    void aGivenDataSourceWinsOverEveryUrl() {
        DataSource given = new DriverDataSource("jdbc:offline:given", null, null, loader);
        properties.put("flux.url", "jdbc:offline:property");

        DatabaseSettings settings = resolve(new Given.Database(given, null, null, false), connectionTable());

        assertThat(settings.dataSource()).containsSame(given);
        assertThat(settings.description()).isEqualTo("(the given data source)");
    }

    @Test
    void aRelativePathInTheUrlIsResolvedAgainstTheFolderOfFluxToml() {
        FluxConfig file = Toml.withOfflineBackend(folder, "[connection]\nurl = \"jdbc:offline:./db/app\"\n");

        DatabaseSettings settings = resolve(Given.Database.none(), file);

        assertThat(settings.connection().url()).isEqualTo("jdbc:offline:" + folder.toAbsolutePath() + "/db/app");
        assertThat(settings.dataSource()).get().isInstanceOf(DriverDataSource.class);
    }

    @Test
    void theUrlIsShownAndMessagesAreScrubbedWithoutAnyPassword() {
        DatabaseSettings settings = resolve(explicit("jdbc:offline:db;PASSWORD=url-secret", "sa", "pw-secret"),
                null);

        assertThat(settings.description()).isEqualTo("jdbc:offline:db;PASSWORD=****");
        assertThat(settings.scrub("login pw-secret failed; url-secret in jdbc:offline:db;PASSWORD=url-secret"))
                .isEqualTo("login **** failed; **** in jdbc:offline:db;PASSWORD=****");
        assertThat(settings.toString()).doesNotContain("pw-secret", "url-secret");
    }

    @Test
    void whatTheBuilderWasGivenNeverShowsAPassword() {
        Given.Database given = new Given.Database(null,
                new ConnectionSettings("jdbc:h2:mem:x;PASSWORD=url-secret", "sa", "direct-secret"),
                new ConnectionSettings(null, "app", "server-secret"), false);

        assertThat(given.toString()).contains("user=sa", "user=app", "PASSWORD=****")
                .doesNotContain("url-secret", "direct-secret", "server-secret");
    }

    @Test
    void aBlankUrlIsRefused() {
        assertThatThrownBy(() -> resolve(explicit(" ", null, null), null))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("no database URL given");
    }
}
