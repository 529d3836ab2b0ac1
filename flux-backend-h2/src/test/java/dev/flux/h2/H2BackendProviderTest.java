package dev.flux.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.BackendProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class H2BackendProviderTest {
    private final H2BackendProvider provider = new H2BackendProvider();
    private final Path config = Path.of("/work/project").toAbsolutePath();

    @Test
    void isFoundByServiceLoaderAsH2() {
        assertThat(ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(p -> {
                    assertThat(p).isInstanceOf(H2BackendProvider.class);
                    assertThat(p.name()).isEqualTo("h2");
                });
    }

    @Test
    void acceptsSchemaAndTable() {
        assertThat(provider.options()).containsExactlyInAnyOrder("schema", "table");
    }

    @Test
    void splitterWorksWithoutAConnection() {
        assertThat(provider.splitter().split("SELECT 1; SELECT 2")).hasSize(2);
    }

    @Test
    void resolvesRelativeFilePathsAgainstTheConfigDirectory() {
        String db = config.resolve("db/app").toString().replace('\\', '/');
        assertThat(provider.resolveUrl("jdbc:h2:file:./db/app", config)).isEqualTo("jdbc:h2:file:" + db);
        assertThat(provider.resolveUrl("jdbc:h2:./db/app", config)).isEqualTo("jdbc:h2:" + db);
        assertThat(provider.resolveUrl("jdbc:h2:db/app", config)).isEqualTo("jdbc:h2:" + db);
        assertThat(provider.resolveUrl("jdbc:h2:../shared/app;AUTO_SERVER=TRUE;MODE=PostgreSQL", config))
                .isEqualTo("jdbc:h2:" + config.getParent().resolve("shared/app").toString().replace('\\', '/')
                        + ";AUTO_SERVER=TRUE;MODE=PostgreSQL");
        assertThat(provider.resolveUrl("jdbc:h2:file:db/app;DB_CLOSE_DELAY=-1", config))
                .isEqualTo("jdbc:h2:file:" + db + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void leavesOtherUrlsUnchanged() {
        for (String url : new String[] {"jdbc:h2:mem:test", "jdbc:h2:mem:", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1",
                "jdbc:h2:tcp://localhost/./db/app", "jdbc:h2:ssl://host:9092/~/db", "jdbc:h2:zip:./db.zip!/app",
                "jdbc:h2:/var/db/app", "jdbc:h2:file:/var/db/app;AUTO_SERVER=TRUE", "jdbc:h2:~/db/app",
                "jdbc:h2:file:~/db/app", "jdbc:postgresql://localhost/app", "jdbc:h2:C:/data/app"}) {
            assertThat(provider.resolveUrl(url, config)).as(url).isEqualTo(url);
        }
    }

    @Test
    void acceptsPlainIdentifiers() {
        assertThatCode(() -> provider.checkOptions(new TestContext(Map.of("schema", "app_1", "table", "_history"))
                .context())).doesNotThrowAnyException();
        assertThatCode(() -> provider.checkOptions(new TestContext(Map.of()).context())).doesNotThrowAnyException();
    }

    @Test
    void rejectsOptionsThatAreNotPlainIdentifiersAllAtOnce() {
        assertThatThrownBy(() -> provider.checkOptions(
                new TestContext(Map.of("schema", "my schema", "table", 42L)).context()))
                .isInstanceOfSatisfying(FluxException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
                    assertThat(e.getMessage())
                            .contains("backend.schema: 'my schema' is not a plain identifier")
                            .contains("backend.table: expected a string, got 42")
                            .contains("letters, digits and underscores");
                });
    }

    @Test
    void rejectsBlankAndQuotedNames() {
        assertThatThrownBy(() -> provider.checkOptions(new TestContext(Map.of("table", "  ")).context()))
                .hasMessageContaining("backend.table: must not be blank");
        assertThatThrownBy(() -> provider.checkOptions(new TestContext(Map.of("table", "\"History\"")).context()))
                .hasMessageContaining("backend.table: '\"History\"' is not a plain identifier");
        assertThatThrownBy(() -> provider.checkOptions(new TestContext(Map.of("schema", "1st")).context()))
                .hasMessageContaining("backend.schema: '1st'");
        assertThatThrownBy(() -> provider.checkOptions(new TestContext(Map.of("table", "x".repeat(129))).context()))
                .hasMessageContaining("at most 128 characters");
    }

    @Test
    void openChecksOptionsToo() {
        assertThatThrownBy(() -> provider.open(new TestContext(Map.of("table", "a-b")).context()))
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG));
    }

    private record TestContext(Map<String, Object> options) {
        dev.flux.spi.BackendContext context() {
            return TestDatabase.inMemory().context(Duration.ofSeconds(1), options);
        }
    }
}
