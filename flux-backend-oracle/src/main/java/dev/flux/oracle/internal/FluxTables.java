package dev.flux.oracle.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.BackendContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where flux keeps its tables: the schema (the {@code schema} option, else the connection's current
 * schema), the history table (the {@code table} option, default {@code FLUX_MIGRATIONS}) and the lock
 * table {@code <table>_LOCK}. Names are stored as the data
 * dictionary stores them (see {@link Identifier}).
 */
public record FluxTables(String schema, String history, String lock, boolean schemaConfigured) {
    /** The default of the {@code table} option. */
    public static final String DEFAULT_TABLE = "FLUX_MIGRATIONS";

    /** Resolves the names; {@code connection} gives the current schema when no schema is configured. */
    static FluxTables of(Connection connection, BackendContext context) throws SQLException {
        String configured = context.option("schema", null);
        String schema = configured == null ? Sessions.currentSchema(connection) : Identifier.stored(configured);
        String table = Identifier.stored(context.option("table", DEFAULT_TABLE));
        return new FluxTables(schema, table, table + "_LOCK", configured != null);
    }

    /**
     * The error for a configured schema that does not exist. Oracle schemas are users, which flux does not
     * create.
     */
    FluxException unknownSchema() {
        return new FluxException(ErrorCode.CONFIG, "backend.schema: schema " + schema + " does not"
                + " exist. Oracle schemas are users: ask a DBA to create it (CREATE USER), or fix the"
                + " option (a plain name is folded to upper case; quote it, as in schema = '\"App\"',"
                + " to keep its case).");
    }

    /** Fails with {@link #unknownSchema()} when the configured schema does not exist. */
    void checkSchemaExists(Connection connection) throws SQLException {
        if (schemaConfigured
                && Sessions.queryString(connection, "SELECT 1 FROM ALL_USERS WHERE USERNAME = ?", schema) == null) {
            throw unknownSchema();
        }
    }

    String historySql() {
        return Identifier.quote(schema) + "." + Identifier.quote(history);
    }

    String lockSql() {
        return Identifier.quote(schema) + "." + Identifier.quote(lock);
    }

    /** Whether {@code table} of this schema is one of flux's own. */
    boolean isOwn(String table) {
        return history.equals(table) || lock.equals(table);
    }
}
