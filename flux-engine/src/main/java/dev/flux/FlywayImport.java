package dev.flux;

import java.util.Objects;

/**
 * How {@link Flux#importFlyway(FlywayImport)} reads Flyway's history: the table's name ({@code
 * flyway_schema_history} by default, optionally {@code schema.table}; found in any letter case), and whether
 * SQL migrations edited after Flyway applied them are imported as they are now instead of refused.
 * Immutable.
 *
 * <pre>{@code
 * flux.importFlyway(FlywayImport.defaults().table("schema_version").acceptChecksums(true));
 * }</pre>
 */
public record FlywayImport(String table, boolean acceptChecksums) {
    /** The name of Flyway's history table since Flyway 5. */
    public static final String DEFAULT_TABLE = "flyway_schema_history";

    public FlywayImport {
        Objects.requireNonNull(table, "table");
        if (table.isBlank()) {
            throw new FluxException(ErrorCode.CONFIG, "the name of Flyway's history table is empty; leave it out"
                    + " for " + DEFAULT_TABLE + ", or give the name Flyway was configured with (its table setting).");
        }
    }

    /** Flyway's default table, checksums checked. */
    public static FlywayImport defaults() {
        return new FlywayImport(DEFAULT_TABLE, false);
    }

    /** These options with another table name, optionally qualified by its schema ({@code app.schema_version}). */
    public FlywayImport table(String name) {
        return new FlywayImport(name, acceptChecksums);
    }

    /**
     * These options, importing SQL migrations whose file changed since Flyway applied it (their current
     * checksum is recorded) instead of refusing with {@code FLUX-CHECKSUM}.
     */
    public FlywayImport acceptChecksums(boolean accept) {
        return new FlywayImport(table, accept);
    }
}
