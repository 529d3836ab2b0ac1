package dev.flux.spi;

import java.util.Map;
import javax.sql.DataSource;

/** One database of a {@link TestServer}, used by one test class alone and dropped by {@link #close()}. */
public interface TestDatabase extends AutoCloseable {
    /** Connections to this database. */
    DataSource dataSource();

    /**
     * {@code [backend]} options that flux needs to work in this database, such as a schema; they win over
     * those of {@code flux.toml}. Empty by default.
     */
    default Map<String, Object> options() {
        return Map.of();
    }

    /** Drops the database, even while connections to it are open. */
    @Override
    void close();
}
