package dev.flux.spi;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a backend is created with: where to get connections, its {@code [backend]} options (already
 * checked against {@link BackendProvider#options()}; values are TOML values: String, Long, Boolean, ...),
 * the lock wait timeout, and a name for the migrator's sessions ({@code application_name} and the like).
 */
public record BackendContext(DataSource dataSource, Map<String, Object> options, Duration lockTimeout,
                             String applicationName) {
    public BackendContext {
        options = Map.copyOf(options);
    }

    /** A string option, or {@code fallback} when it is not set. */
    public String option(String name, String fallback) {
        Object value = options.get(name);
        return value == null ? fallback : value.toString();
    }
}
