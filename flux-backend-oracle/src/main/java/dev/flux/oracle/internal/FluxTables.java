package dev.flux.oracle.internal;

import dev.flux.spi.BackendContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where flux keeps its tables: the schema (the {@code schema} option, else the connection's current
 * schema), the history table (the {@code table} option, default {@code FLUX_MIGRATIONS}) and, when
 * {@code DBMS_LOCK} cannot be used, the lock table {@code <table>_LOCK}. Names are stored as the data
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

    String historySql() {
        return Identifier.quote(schema) + "." + Identifier.quote(history);
    }

    String lockSql() {
        return Identifier.quote(schema) + "." + Identifier.quote(lock);
    }

    /** The history table as messages show it: {@code APP.FLUX_MIGRATIONS}. */
    String historyName() {
        return schema + "." + history;
    }

    /** Whether {@code table} of this schema is one of flux's own. */
    boolean isOwn(String table) {
        return history.equals(table) || lock.equals(table);
    }
}
