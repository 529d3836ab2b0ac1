package dev.flux.h2.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the indexes created with {@code CREATE INDEX}, each defined by its type and columns:
 * {@code UNIQUE INDEX (CODE, CREATED DESC)}. Indexes H2 creates for constraints ({@code PRIMARY_KEY_4},
 * {@code CONSTRAINT_INDEX_8}, {@code FK_X_INDEX_3}) are left out: the constraints describe them, and
 * their names change whenever a table is recreated. An unnamed index ({@code INDEX_5}) is system-named.
 */
final class IndexReader {
    private IndexReader() {
    }

    static Map<TableKey, List<SchemaObject>> read(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Rows.each(c, "SELECT INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION, NULL_ORDERING"
                + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS ORDER BY ORDINAL_POSITION", rs -> {
                    boolean descending = "DESC".equals(rs.getString(4));
                    String nulls = rs.getString(5);
                    boolean usualNulls = nulls == null || nulls.equals(descending ? "LAST" : "FIRST");
                    columns.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                            .add(rs.getString(3) + (descending ? " DESC" : "") + (usualNulls ? "" : " NULLS " + nulls));
                });
        Map<TableKey, List<SchemaObject>> indexes = new HashMap<>();
        Rows.each(c, "SELECT INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA, TABLE_NAME, INDEX_TYPE_NAME, NULLS_DISTINCT"
                + " FROM INFORMATION_SCHEMA.INDEXES WHERE IS_GENERATED = FALSE"
                + " AND " + Names.userSchema("TABLE_SCHEMA"), rs -> {
                    String name = rs.getString(2);
                    String nullsDistinct = rs.getString(6);
                    String definition = rs.getString(5) + " ("
                            + String.join(", ", columns.getOrDefault(rs.getString(1) + "." + name, List.of())) + ")"
                            + (nullsDistinct == null || nullsDistinct.equals("YES") ? ""
                                    : " NULLS " + nullsDistinct + " DISTINCT");
                    indexes.computeIfAbsent(new TableKey(rs.getString(3), rs.getString(4)), k -> new ArrayList<>())
                            .add(new SchemaObject("index", name, definition, Names.generatedIndex(name)));
                });
        return indexes;
    }
}
