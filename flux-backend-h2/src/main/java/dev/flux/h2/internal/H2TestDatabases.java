package dev.flux.h2.internal;

import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;
import java.util.Optional;

/**
 * Test databases on H2: with {@code flux.test.url}, new databases next to the one it names; otherwise
 * in-memory databases, H2 being embedded.
 */
public final class H2TestDatabases implements TestDatabases {
    @Override
    public TestServer server(String url, String user, String password) {
        return new H2TestServer(url, user == null ? "sa" : user, password == null ? "" : password);
    }

    @Override
    public Optional<TestServer> localServer() {
        return Optional.of(new H2TestServer("jdbc:h2:mem:flux_test", "sa", ""));
    }
}
