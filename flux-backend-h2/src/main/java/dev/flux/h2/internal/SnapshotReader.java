package dev.flux.h2.internal;

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
 * Reads a {@link SchemaSnapshot} from H2's {@code INFORMATION_SCHEMA}: every schema but
 * {@code INFORMATION_SCHEMA}, objects of schemas other than the home schema named {@code SCHEMA.NAME}, and
 * flux's own tables left out. Base tables only; temporary and linked tables are not part of it.
 */
public final class SnapshotReader implements SchemaReader {
    private final BackendContext context;

    public SnapshotReader(BackendContext context) {
        this.context = context;
    }

    @Override
    public SchemaSnapshot read(Connection connection) throws SQLException {
        FluxTables own = FluxTables.of(connection, context);
        Names names = new Names(own.schema());
        Map<TableKey, List<Column>> columns = ColumnReader.read(connection, names);
        Map<TableKey, List<SchemaObject>> constraints = ConstraintReader.read(connection, names);
        Map<TableKey, List<SchemaObject>> indexes = IndexReader.read(connection);
        List<Table> tables = new ArrayList<>();
        Rows.each(connection, "SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_TYPE = 'BASE TABLE' AND " + Names.userSchema("TABLE_SCHEMA"), rs -> {
                    TableKey key = new TableKey(rs.getString(1), rs.getString(2));
                    if (!own.isOwn(key.schema(), key.table())) {
                        tables.add(new Table(names.of(key.schema(), key.table()),
                                columns.getOrDefault(key, List.of()), constraints.getOrDefault(key, List.of()),
                                indexes.getOrDefault(key, List.of())));
                    }
                });
        List<SchemaObject> objects = new ArrayList<>(ObjectReader.read(connection, names));
        objects.addAll(RoutineReader.read(connection, names));
        return new SchemaSnapshot(tables, objects);
    }
}
