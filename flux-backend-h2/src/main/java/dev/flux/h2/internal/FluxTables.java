package dev.flux.h2.internal;

import dev.flux.spi.BackendContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where flux keeps its own tables: the schema (the {@code schema} option, else the connection's current
 * schema), the history table (the {@code table} option, default {@code flux_migrations}) and the lock
 * table next to it ({@code <table>_lock}). Names are stored as the database stores them, see
 * {@link Identifier}.
 */
public record FluxTables(String schema, String history, String lock, boolean schemaConfigured) {
    /** The default of the {@code table} option. */
    public static final String DEFAULT_TABLE = "flux_migrations";

    /** Resolves the names for the database behind {@code connection}. */
    public static FluxTables of(Connection connection, BackendContext context) throws SQLException {
        var meta = connection.getMetaData();
        String configured = context.option("schema", null);
        String schema = configured == null ? connection.getSchema() : Identifier.fold(configured, meta);
        String table = context.option("table", DEFAULT_TABLE);
        return new FluxTables(schema, Identifier.fold(table, meta), Identifier.fold(table + "_lock", meta),
                configured != null);
    }

    /** The quoted schema name. */
    public String schemaSql() {
        return Identifier.quote(schema);
    }

    /** The quoted, schema-qualified history table. */
    public String historySql() {
        return schemaSql() + "." + Identifier.quote(history);
    }

    /** The quoted, schema-qualified lock table. */
    public String lockSql() {
        return schemaSql() + "." + Identifier.quote(lock);
    }

    /** Whether {@code table} of {@code tableSchema} is one of flux's own tables. */
    public boolean isOwn(String tableSchema, String table) {
        return schema.equals(tableSchema) && (history.equals(table) || lock.equals(table));
    }
}
