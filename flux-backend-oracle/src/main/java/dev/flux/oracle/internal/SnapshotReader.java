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
 * Reads a {@link SchemaSnapshot} of flux's schema from the {@code ALL_*} views: its tables, object tables
 * included (not nested, secondary, materialized-view, materialized-view-log or recycle-bin tables, nor
 * flux's own) with columns, constraints and indexes; the type of each object table; its materialized view
 * logs; its views, sequences, synonyms and PL/SQL objects with their status.
 */
final class SnapshotReader implements SchemaReader {
    /**
     * Relational and object tables ({@code ALL_ALL_TABLES}; object tables are not in {@code ALL_TABLES}), but
     * not nested, secondary, overflow, recycle-bin or materialized-view container tables, nor the log tables
     * of materialized view logs ({@code MLOG$_...}, and the temporary {@code RUPD$_...} tables next to them).
     */
    static final String TABLES = "SELECT TABLE_NAME, TABLE_TYPE_OWNER, TABLE_TYPE FROM ALL_ALL_TABLES WHERE OWNER = ?"
            + " AND NESTED = 'NO' AND SECONDARY = 'N' AND DROPPED = 'NO' AND (IOT_TYPE IS NULL OR IOT_TYPE = 'IOT')"
            + " AND TABLE_NAME NOT IN (SELECT MVIEW_NAME FROM ALL_MVIEWS WHERE OWNER = ?)"
            + " AND TABLE_NAME NOT IN (SELECT LOG_TABLE FROM ALL_MVIEW_LOGS WHERE LOG_OWNER = ?)"
            + " AND NOT (TEMPORARY = 'Y' AND TABLE_NAME LIKE 'RUPD$\\_%' ESCAPE '\\')";

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
        List<SchemaObject> objects = new ArrayList<>();
        Rows.each(connection, TABLES, rs -> {
                    String name = rs.getString(1);
                    if (!own.isOwn(name)) {
                        tables.add(new Table(name, columns.getOrDefault(name, List.of()),
                                constraints.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of())));
                        if (rs.getString(3) != null) {
                            objects.add(new SchemaObject("object table", name, ofType(rs.getString(2), rs.getString(3),
                                    schema), false));
                        }
                    }
                }, schema, schema, schema);
        objects.addAll(MviewLogReader.read(connection, schema, columns));
        objects.addAll(ObjectReader.read(connection, schema));
        return new SchemaSnapshot(tables, objects);
    }

    /** {@code OF MONEY_T} for a type of the schema, {@code OF OTHER.MONEY_T} for another's. */
    static String ofType(String owner, String type, String schema) {
        return "OF " + (owner == null || owner.equals(schema) ? type : owner + "." + type);
    }

    /**
     * The schema's objects from {@code ALL_OBJECTS}, with one query: not flux's own tables, nor what Oracle
     * makes by itself (generated names, indexes, LOBs, partitions, identity sequences, the recycle bin).
     */
    @Override
    public List<String> userObjects(Connection connection, int limit) throws SQLException {
        FluxTables own = FluxTables.of(connection, context);
        List<String> found = new ArrayList<>();
        Rows.each(connection, "SELECT LOWER(OBJECT_TYPE), OBJECT_NAME FROM ALL_OBJECTS WHERE OWNER = ?"
                + " AND GENERATED = 'N' AND OBJECT_NAME NOT LIKE 'BIN$%' AND OBJECT_NAME NOT LIKE 'ISEQ$$%'"
                + " AND OBJECT_TYPE NOT IN ('INDEX', 'INDEX PARTITION', 'INDEX SUBPARTITION', 'LOB', 'LOB PARTITION',"
                + " 'LOB SUBPARTITION', 'TABLE PARTITION', 'TABLE SUBPARTITION')"
                + " AND NOT (OBJECT_TYPE = 'TABLE' AND OBJECT_NAME IN (?, ?))"
                + " ORDER BY CASE OBJECT_TYPE WHEN 'TABLE' THEN 0 ELSE 1 END, OBJECT_TYPE, OBJECT_NAME"
                + " FETCH FIRST ? ROWS ONLY", rs -> found.add(rs.getString(1) + " " + rs.getString(2)),
                own.schema(), own.history(), own.lock(), limit);
        return found;
    }
}
