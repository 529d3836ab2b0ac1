package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.settings.Given;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Flux.Builder#serverCredentials}: the Maven {@code serverId} layer of the connection precedence. */
class ServerCredentialsTest {
    @TempDir
    Path project;

    private Path config(String connection) throws Exception {
        Files.createDirectories(project.resolve("src/main/flux"));
        Files.writeString(project.resolve("src/main/flux/V1__users.sql"), "CREATE TABLE users (id INT);\n");
        return Files.writeString(project.resolve("flux.toml"), """
                [flux]
                backend = "h2"
                migration_directory = "src/main/flux"

                [connection]
                url = "jdbc:h2:file:./target/db/app"
                """ + connection);
    }

    private Connection connect(String user, String password) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        String url = "jdbc:h2:file:" + project.resolve("target/db/app").toAbsolutePath() + ";IFEXISTS=TRUE";
        return new org.h2.Driver().connect(url, credentials);
    }

    @Test
    void serverCredentialsWinOverTheConnectionTable() throws Exception {
        Path config = config("user = \"file_user\"\npassword = \"file-secret\"\n");

        try (Flux flux = Flux.builder().config(config).serverCredentials("app", "server-secret").build()) {
            assertThat(flux.migrate().migrations()).containsExactly("V1__users");
        }

        try (Connection c = connect("APP", "server-secret")) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThatThrownBy(() -> connect("FILE_USER", "file-secret"))
                .hasMessageContaining("Wrong user name or password");
    }

    @Test
    void serverCredentialsTogetherWithADirectUserAreRefusedBeforeConnecting() throws Exception {
        Path config = config("");

        assertThatThrownBy(() -> Flux.builder().config(config).user("sa").serverCredentials("app", "server-secret")
                .build())
                .isInstanceOf(FluxException.class)
                .satisfies(e -> assertThat(((FluxException) e).code()).isEqualTo(ErrorCode.CONFIG))
                .hasMessageContaining("both through serverId and directly")
                .message().doesNotContain("server-secret");
        assertThat(project.resolve("target/db")).doesNotExist();
    }

    @Test
    void whatTheBuilderWasGivenNeverShowsAPassword() {
        Given.Database given = new Given.Database(null,
                new ConnectionSettings("jdbc:h2:mem:x;PASSWORD=url-secret", "sa", "direct-secret"),
                new ConnectionSettings(null, "app", "server-secret"), false);

        assertThat(given.toString()).contains("user=sa", "user=app", "PASSWORD=****")
                .doesNotContain("url-secret", "direct-secret", "server-secret");
    }
}
