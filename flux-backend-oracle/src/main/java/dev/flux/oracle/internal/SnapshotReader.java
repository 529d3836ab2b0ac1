package dev.flux.oracle.internal;

import dev.flux.spi.BackendContext;
import dev.flux.spi.SchemaReader;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.spi.SchemaSnapshot.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link SchemaSnapshot} of flux's schema from the {@code ALL_*} views: its tables (not nested,
 * secondary, materialized-view or recycle-bin tables, nor flux's own) with columns, constraints and
 * indexes; its views, sequences, synonyms and PL/SQL objects with their status.
 */
final class SnapshotReader implements SchemaReader {
    private final BackendContext context;

    SnapshotReader(BackendContext context) {
        this.context = context;
    }

    @Override
    public SchemaSnapshot read(Connection connection) throws SQLException {
        FluxTables own = FluxTables.of(connection, context);
        String schema = own.schema();
        Map<String, List<Column>> columns = ColumnReader.read(connection, schema);
        Map<String, List<SchemaObject>> constraints = ConstraintReader.read(connection, schema);
        Map<String, List<SchemaObject>> indexes = IndexReader.read(connection, schema);
        List<Table> tables = new ArrayList<>();
        Rows.each(connection, "SELECT TABLE_NAME FROM ALL_TABLES WHERE OWNER = ? AND NESTED = 'NO'"
                + " AND SECONDARY = 'N' AND DROPPED = 'NO' AND (IOT_TYPE IS NULL OR IOT_TYPE = 'IOT')"
                + " AND TABLE_NAME NOT IN (SELECT MVIEW_NAME FROM ALL_MVIEWS WHERE OWNER = ?)", rs -> {
                    String name = rs.getString(1);
                    if (!own.isOwn(name)) {
                        tables.add(new Table(name, columns.getOrDefault(name, List.of()),
                                constraints.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of())));
                    }
                }, schema, schema);
        return new SchemaSnapshot(tables, ObjectReader.read(connection, schema));
    }
}
