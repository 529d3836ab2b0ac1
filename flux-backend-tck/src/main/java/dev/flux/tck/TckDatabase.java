package dev.flux.tck;

import java.util.Map;
import javax.sql.DataSource;

/**
 * An empty database (or schema) that one TCK test uses alone, and removes on {@link #close()}.
 * {@link #options()} are the {@code [backend]} options the test's migrators use with it.
 */
public interface TckDatabase extends AutoCloseable {
    DataSource dataSource();

    default Map<String, Object> options() {
        return Map.of();
    }

    /** Drops what the test created; called after every test. */
    @Override
    void close() throws Exception;
}
