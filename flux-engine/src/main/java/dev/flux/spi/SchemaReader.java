package dev.flux.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The snapshot part of a backend: reads the schema that migrations change, as the database describes it,
 * for round-trip tests and the JUnit extension's assertions. Tested on its own by the TCK's
 * {@code SnapshotTck}.
 */
public interface SchemaReader {
    /**
     * The schema as committed, without flux's own tables, read through {@code connection}, which has no
     * transaction open; the reader leaves it as it found it.
     */
    SchemaSnapshot read(Connection connection) throws SQLException;
}
