package dev.flux.spi;

import java.util.Optional;

/**
 * How a backend gives tests databases of their own, for the JUnit extension ({@code flux-junit}).
 * Once per test run the extension takes a {@link TestServer}: {@link #server} when {@code flux.test.url}
 * is set, else {@link #localServer()}. On it, it creates one {@link TestDatabase} per test class and
 * drops it after the class. Implementations must be thread-safe: test classes may run in parallel.
 */
public interface TestDatabases {
    /**
     * The server that {@code flux.test.url} names, with {@code flux.test.user} and
     * {@code flux.test.password} (either may be null). It should not connect before
     * {@link TestServer#create}, so that a wrong URL is reported by the first test class that needs it.
     */
    TestServer server(String url, String user, String password);

    /**
     * A server this backend provides by itself: its embedded database, or a container where Docker is
     * available. Empty when there is none here; the tests are then skipped with a message that says how to
     * provide one, ending with {@link #localServerHint()}.
     */
    default Optional<TestServer> localServer() {
        return Optional.empty();
    }

    /**
     * How else than {@code flux.test.url} a user can give tests a database of this backend, for the message
     * shown when there is none; for example {@code "or start Docker, so that Testcontainers can run
     * postgres:16"}. Empty by default.
     */
    default String localServerHint() {
        return "";
    }
}
