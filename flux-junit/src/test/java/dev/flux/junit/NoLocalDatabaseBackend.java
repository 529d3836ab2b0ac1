package dev.flux.junit;

import dev.flux.h2.H2BackendProvider;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.StatementSplitter;
import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;
import java.util.Optional;
import java.util.Set;

/**
 * Backend {@code nodb}: H2 under another name, like a server database that has no embedded mode and no
 * container here. Tests on it need {@code flux.test.url}.
 */
public final class NoLocalDatabaseBackend implements BackendProvider {
    private final H2BackendProvider h2 = new H2BackendProvider();

    @Override
    public String name() {
        return "nodb";
    }

    @Override
    public Set<String> options() {
        return h2.options();
    }

    @Override
    public StatementSplitter splitter() {
        return h2.splitter();
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        return h2.open(context);
    }

    @Override
    public Optional<TestDatabases> testDatabases() {
        TestDatabases real = h2.testDatabases().orElseThrow();
        return Optional.of(new TestDatabases() {
            @Override
            public TestServer server(String url, String user, String password) {
                return real.server(url, user, password);
            }

            @Override
            public String localServerHint() {
                return "or start Docker, so that Testcontainers can run a nodb container";
            }
        });
    }
}
