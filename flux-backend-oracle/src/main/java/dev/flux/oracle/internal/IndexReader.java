package dev.flux.oracle.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the indexes of a schema's tables from {@code ALL_INDEXES}: {@code INDEX (A, B DESC)},
 * {@code UNIQUE INDEX (...)}, {@code BITMAP INDEX (...)}, {@code INDEX (...) REVERSE}, with function-based
 * columns shown as their expression. Indexes that back a primary key or unique constraint, LOB indexes and recycle-bin indexes are
 * left out; names Oracle generated are system-named.
 */
final class IndexReader {
    private IndexReader() {
    }

    static Map<String, List<SchemaObject>> read(Connection c, String schema) throws SQLException {
        Map<String, String> expressions = new HashMap<>();
        Rows.each(c, "SELECT INDEX_NAME, COLUMN_POSITION, COLUMN_EXPRESSION FROM ALL_IND_EXPRESSIONS"
                + " WHERE INDEX_OWNER = ?", rs -> {
                    String key = rs.getString(1) + "#" + rs.getInt(2);
                    expressions.put(key, rs.getString(3));
                }, schema);
        Map<String, List<String>> columns = new HashMap<>();
        Rows.each(c, "SELECT INDEX_NAME, COLUMN_POSITION, COLUMN_NAME, DESCEND FROM ALL_IND_COLUMNS"
                + " WHERE INDEX_OWNER = ? ORDER BY INDEX_NAME, COLUMN_POSITION", rs -> {
                    String expression = expressions.get(rs.getString(1) + "#" + rs.getInt(2));
                    String column = expression != null ? expression.strip() : rs.getString(3);
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(column + ("DESC".equals(rs.getString(4)) ? " DESC" : ""));
                }, schema);
        Map<String, List<SchemaObject>> indexes = new HashMap<>();
        Rows.each(c, "SELECT i.TABLE_NAME, i.INDEX_NAME, i.UNIQUENESS, i.INDEX_TYPE, i.GENERATED FROM ALL_INDEXES i"
                + " WHERE i.OWNER = ? AND i.TABLE_OWNER = ? AND i.INDEX_TYPE NOT IN ('LOB', 'IOT - TOP')"
                + " AND i.DROPPED = 'NO' AND NOT EXISTS (SELECT 1 FROM ALL_CONSTRAINTS k WHERE k.OWNER = i.TABLE_OWNER"
                + " AND k.TABLE_NAME = i.TABLE_NAME AND k.INDEX_OWNER = i.OWNER AND k.INDEX_NAME = i.INDEX_NAME"
                + " AND k.CONSTRAINT_TYPE IN ('P', 'U'))", rs -> {
                    String name = rs.getString(2);
                    String definition = definition("UNIQUE".equals(rs.getString(3)), rs.getString(4),
                            columns.getOrDefault(name, List.of()));
                    indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new SchemaObject("index", name, definition, "Y".equals(rs.getString(5))));
                }, schema, schema);
        return indexes;
    }

    /**
     * The definition of an index of {@code ALL_INDEXES.INDEX_TYPE} {@code type} ({@code NORMAL},
     * {@code NORMAL/REV}, {@code BITMAP}, {@code FUNCTION-BASED NORMAL}, {@code FUNCTION-BASED BITMAP}, ...):
     * {@code UNIQUE INDEX (A, B DESC)}, {@code BITMAP INDEX (UPPER("NAME"))}, {@code INDEX (A) REVERSE}.
     */
    static String definition(boolean unique, String type, List<String> columns) {
        return (unique ? "UNIQUE " : "") + (type.contains("BITMAP") ? "BITMAP " : "") + "INDEX ("
                + String.join(", ", columns) + ")" + (type.endsWith("/REV") ? " REVERSE" : "");
    }
}
