package dev.flux.junit.internal;

import dev.flux.FluxConfiguration;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.BackendProviders;
import dev.flux.spi.TestDatabases;
import dev.flux.spi.TestServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one test run shares: the backend of each {@code flux.toml}, and the test server of each backend
 * and {@code flux.test.url}, started once and stopped when the run ends. A backend with no server here is
 * remembered with the message that tells how to provide one. Thread-safe.
 */
final class Servers implements AutoCloseable {
    private final Map<Path, FluxConfiguration> configurations = new ConcurrentHashMap<>();
    private final Map<String, Server> servers = new ConcurrentHashMap<>();

    /** A server, or the message that says why there is none ({@code server} is then null). */
    record Server(TestServer server, String missing) {
    }

    /**
     * The backend the tests run on: the one {@code flux.toml} names, unless {@code flux.test.url} is a URL
     * of another installed backend (so that a suite whose {@code flux.toml} names H2 can run on PostgreSQL
     * in CI) or {@code flux.toml} names none. The connection settings of {@code flux.toml} are not even read.
     */
    BackendProvider backend(Settings settings) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        FluxConfiguration file = configurations.computeIfAbsent(settings.config(), FluxConfiguration::read);
        Optional<BackendProvider> ofUrl = settings.url() == null ? Optional.empty()
                : BackendProviders.forUrl(settings.url(), loader);
        if (file.backend() == null) {
            return ofUrl.orElseGet(() -> file.backendProvider(loader));
        }
        BackendProvider named = file.backendProvider(loader);
        boolean namedServesUrl = named.urlPrefixes().isEmpty() || ofUrl.isEmpty() || named.serves(settings.url());
        return namedServesUrl ? named : ofUrl.get();
    }

    /**
     * The server for {@code backend}, found once per run. When there is none, the reason is also printed
     * once to the standard error, since build tools show the reason of a skipped class only in reports.
     */
    Server server(BackendProvider backend, Settings settings) {
        String key = backend.name() + (settings.url() == null ? "" : " " + settings.url() + " " + settings.user());
        return servers.computeIfAbsent(key, k -> {
            Server found = find(backend, settings);
            if (found.server() == null) {
                System.err.println("[flux-junit] " + found.missing() + " Test classes on it are skipped.");
            }
            return found;
        });
    }

    private static Server find(BackendProvider backend, Settings settings) {
        Optional<TestDatabases> offered = backend.testDatabases();
        if (offered.isEmpty()) {
            String why = "backend '" + backend.name() + "' offers no test databases (its provider implements no"
                    + " BackendProvider.testDatabases()), so flux-junit cannot create databases for test classes on"
                    + " it. Ask its authors to implement dev.flux.spi.TestDatabases.";
            if (settings.url() != null) {
                throw new ExtensionConfigurationException("flux.test.url is set, but " + why);
            }
            return new Server(null, "No database to run flux tests on: " + why + " Without it, neither"
                    + " flux.test.url nor a container can give the tests a database.");
        }
        TestDatabases databases = offered.get();
        if (settings.url() != null) {
            return new Server(databases.server(settings.url(), settings.user(), settings.password()), null);
        }
        return databases.localServer().map(s -> new Server(s, null))
                .orElseGet(() -> new Server(null, missing(backend.name(), databases.localServerHint())));
    }

    private static String missing(String backend, String hint) {
        return "No database to run flux tests on backend '" + backend + "'. Set flux.test.url (with"
                + " flux.test.user and flux.test.password if needed) as a system property (mvn test"
                + " -Dflux.test.url=jdbc:...) or as a JUnit configuration parameter (junit-platform.properties)"
                + (hint == null || hint.isBlank() ? "" : ", " + hint.strip()) + ". flux tests never use the"
                + " connection settings of flux.toml, flux.url or FLUX_URL.";
    }

    /** Stops every server; the first failure is thrown once all were tried. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (Server s : servers.values()) {
            try {
                if (s.server() != null) {
                    s.server().close();
                }
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        servers.clear();
        if (first != null) {
            throw first;
        }
    }
}
