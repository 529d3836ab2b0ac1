package dev.flux.postgres.internal;

import dev.flux.spi.SchemaReader;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a {@link SchemaSnapshot} of flux's schema (the {@code schema} option, else the connection's current
 * schema) from PostgreSQL's catalogs, in one repeatable-read transaction (rolled back), so it sees committed
 * state, with the {@code search_path} set to that schema alone for that transaction, so that definitions
 * name its objects without a qualifier. flux's history table is left out, and so is everything that
 * belongs to an extension (the extension itself is listed).
 */
final class CatalogSnapshot implements SchemaReader {
    private final PostgresOptions options;

    CatalogSnapshot(PostgresOptions options) {
        this.options = options;
    }

    @Override
    public SchemaSnapshot read(Connection c) throws SQLException {
        String schema = options.schema() != null ? options.schema() : Schemas.current(c);
        String historyTable = options.table();
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            String quoted = Catalog.rows(c, "SELECT quote_ident(?)", rs -> rs.getString(1), schema).get(0);
            Catalog.rows(c, "SELECT set_config('search_path', ?, true)", rs -> null, quoted);
            QualifiedNames names = new QualifiedNames(quoted);
            var tables = new TableCatalog(c, schema, historyTable, names).tables();
            List<SchemaObject> objects = new ObjectCatalog(c, schema, historyTable, names).objects();
            return new SchemaSnapshot(tables, objects);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Relations (but the history table), routines, user-defined types and extensions of flux's schema, with
     * one catalog query; a schema that does not exist yet is empty.
     */
    @Override
    public List<String> userObjects(Connection c, int limit) throws SQLException {
        String schema = options.schema() != null ? options.schema() : Schemas.current(c);
        return Catalog.rows(c, Catalog.query("user-objects"), rs -> rs.getString(1) + " " + rs.getString(2),
                schema, options.table(), schema, schema, schema, String.valueOf(limit));
    }
}
