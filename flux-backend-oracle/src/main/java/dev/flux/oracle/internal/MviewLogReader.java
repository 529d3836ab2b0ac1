package dev.flux.oracle.internal;

import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a schema's materialized view logs from {@code ALL_MVIEW_LOGS}, each as an object named after its
 * master table, whose definition holds what it records and the columns of its log table
 * ({@code MLOG$_<table>}), which is itself left out of the tables.
 */
final class MviewLogReader {
    private MviewLogReader() {
    }

    static List<SchemaObject> read(Connection c, String schema, Map<String, List<Column>> columns) throws SQLException {
        List<SchemaObject> logs = new ArrayList<>();
        Rows.each(c, "SELECT MASTER, LOG_TABLE, ROWIDS, PRIMARY_KEY, OBJECT_ID, SEQUENCE, INCLUDE_NEW_VALUES"
                + " FROM ALL_MVIEW_LOGS WHERE LOG_OWNER = ?", rs -> {
                    List<String> names = columns.getOrDefault(rs.getString(2), List.of()).stream()
                            .sorted((a, b) -> Integer.compare(a.position(), b.position())).map(Column::name).toList();
                    logs.add(new SchemaObject("materialized view log", rs.getString(1), definition(
                            "YES".equals(rs.getString(3)), "YES".equals(rs.getString(4)), "YES".equals(rs.getString(5)),
                            "YES".equals(rs.getString(6)), "YES".equals(rs.getString(7)), names), false));
                }, schema);
        return logs;
    }

    /** {@code WITH PRIMARY KEY, ROWID, SEQUENCE INCLUDING NEW VALUES, COLUMNS (...)}. */
    static String definition(boolean rowid, boolean primaryKey, boolean objectId, boolean sequence,
            boolean newValues, List<String> logColumns) {
        List<String> with = new ArrayList<>();
        if (primaryKey) {
            with.add("PRIMARY KEY");
        }
        if (rowid) {
            with.add("ROWID");
        }
        if (objectId) {
            with.add("OBJECT ID");
        }
        if (sequence) {
            with.add("SEQUENCE");
        }
        return "WITH " + String.join(", ", with) + (newValues ? " INCLUDING" : " EXCLUDING") + " NEW VALUES, COLUMNS ("
                + String.join(", ", logColumns) + ")";
    }
}
