package dev.flux.spi;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A database backend, found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/dev.flux.spi.BackendProvider}.
 */
public interface BackendProvider {
    /** The name users give as {@code backend = "..."}. */
    String name();

    /**
     * The {@code [backend]} option names this backend accepts, besides {@code lock_timeout} which every
     * backend accepts.
     */
    Set<String> options();

    /**
     * The starts of the JDBC URLs this backend serves, lower case, for example {@code "jdbc:postgresql:"}. A
     * configuration that names no backend gets the one whose prefix its URL starts with; one that names a
     * backend whose prefixes do not match its URL is refused before connecting. Empty by default: the backend
     * is then only used when named.
     */
    default Set<String> urlPrefixes() {
        return Set.of();
    }

    /** Whether {@code url} starts with one of the {@link #urlPrefixes()}, ignoring case. */
    default boolean serves(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return urlPrefixes().stream().anyMatch(lower::startsWith);
    }

    /** The splitter for this backend's dialect; usable without a connection. */
    StatementSplitter splitter();

    /**
     * Checks option values, throwing a {@link dev.flux.FluxException} with code {@code CONFIG} that names
     * the option and the accepted values. Unknown names are already rejected by the engine.
     */
    default void checkOptions(BackendContext context) {
    }

    /** A backend for one migrator; it opens connections lazily and closes them in {@code close()}. */
    MigrationBackend open(BackendContext context);

    /**
     * Rewrites a JDBC URL from {@code flux.toml} so that relative file paths resolve against
     * {@code configDirectory}. By default the URL is unchanged.
     */
    default String resolveUrl(String url, Path configDirectory) {
        return url;
    }

    /**
     * Where tests get databases of this backend (the JUnit extension). Empty by default: the
     * extension then cannot run tests on this backend and says so.
     */
    default Optional<TestDatabases> testDatabases() {
        return Optional.empty();
    }
}
