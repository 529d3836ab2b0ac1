package dev.flux.postgres.internal;

import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a {@link SchemaSnapshot} of one schema from PostgreSQL's catalogs, in one repeatable-read
 * transaction (rolled back) on a connection of its own, so it sees committed state, with the
 * {@code search_path} set to that schema alone so that definitions name its objects without a qualifier. flux's history table is left
 * out, and so is everything that belongs to an extension (the extension itself is listed).
 */
final class CatalogSnapshot {
    private final String schema;
    private final String historyTable;

    CatalogSnapshot(String schema, String historyTable) {
        this.schema = schema;
        this.historyTable = historyTable;
    }

    SchemaSnapshot read(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
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
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        }
    }
}
