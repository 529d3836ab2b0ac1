package dev.flux.h2.internal;

import dev.flux.spi.BackendContext;
import dev.flux.spi.SchemaReader;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import dev.flux.spi.SchemaSnapshot.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /**
     * Tables and views (but flux's own), sequences, routines, domains, constants and synonyms of every schema
     * but H2's own, with one query.
     */
    @Override
    public List<String> userObjects(Connection connection, int limit) throws SQLException {
        FluxTables own = FluxTables.of(connection, context);
        Names names = new Names(own.schema());
        String sql = "SELECT KIND, S, N FROM ("
                + " SELECT CASE TABLE_TYPE WHEN 'BASE TABLE' THEN 'table' ELSE LOWER(TABLE_TYPE) END KIND,"
                + " TABLE_SCHEMA S, TABLE_NAME N FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE" + Names.userSchema("TABLE_SCHEMA")
                + " AND NOT (TABLE_SCHEMA = ? AND TABLE_NAME IN (?, ?))"
                + " UNION ALL " + kind("sequence", "SEQUENCE", "SEQUENCES")
                + " UNION ALL " + kind("routine", "ROUTINE", "ROUTINES")
                + " UNION ALL " + kind("domain", "DOMAIN", "DOMAINS")
                + " UNION ALL " + kind("constant", "CONSTANT", "CONSTANTS")
                + " UNION ALL " + kind("synonym", "SYNONYM", "SYNONYMS")
                + ") ORDER BY CASE KIND WHEN 'table' THEN 0 ELSE 1 END, S, N FETCH FIRST ? ROWS ONLY";
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, own.schema());
            s.setString(2, own.history());
            s.setString(3, own.lock());
            s.setInt(4, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + names.of(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    private static String kind(String kind, String prefix, String view) {
        return "SELECT '" + kind + "', " + prefix + "_SCHEMA, " + prefix + "_NAME FROM INFORMATION_SCHEMA." + view
                + " WHERE" + Names.userSchema(prefix + "_SCHEMA");
    }
}
