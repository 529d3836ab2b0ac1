package dev.flux.spi;

import dev.flux.Secrets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What a backend is created with: where to get connections, its {@code [backend]} options (already
 * checked against {@link BackendProvider#options()}; values are TOML values: String, Long, Boolean, ...),
 * the lock wait timeout, a name for the migrator's sessions ({@code application_name} and the like), and
 * the secrets of the connection, which every database message passes through
 * ({@code secrets.scrub(e.getMessage())}) before it goes into an exception or a log line.
 */
public record BackendContext(DataSource dataSource, Map<String, Object> options, Duration lockTimeout,
                             String applicationName, Secrets secrets) {
    public BackendContext {
        options = Map.copyOf(options);
        Objects.requireNonNull(secrets, "secrets (Secrets.none() when there are none)");
    }

    /** A string option, or {@code fallback} when it is not set. */
    public String option(String name, String fallback) {
        Object value = options.get(name);
        return value == null ? fallback : value.toString();
    }
}
