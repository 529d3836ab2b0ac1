package dev.flux.h2.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the constraints of every table, each with a definition that lists its columns:
 * {@code PRIMARY KEY (ID)}, {@code UNIQUE (A, B)}, {@code CHECK ("QTY" > 0)},
 * {@code FOREIGN KEY (PARENT_ID) REFERENCES PARENT (ID) ON UPDATE RESTRICT ON DELETE CASCADE}. Names H2
 * generated ({@code CONSTRAINT_4A}) change whenever a table is recreated, so they are marked system-named
 * and compared by definition.
 */
final class ConstraintReader {
    private static final String FROM = " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS T"
            + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS C"
            + " ON C.CONSTRAINT_SCHEMA = T.CONSTRAINT_SCHEMA AND C.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
            + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R"
            + " ON R.CONSTRAINT_SCHEMA = T.CONSTRAINT_SCHEMA AND R.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
            + " LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS U"
            + " ON U.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA AND U.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME"
            + " WHERE " + Names.userSchema("T.TABLE_SCHEMA");

    private final Map<String, List<String>> columns = new HashMap<>();
    private final Map<String, List<Integer>> referencedPositions = new HashMap<>();

    private ConstraintReader() {
    }

    static Map<TableKey, List<SchemaObject>> read(Connection c, Names names) throws SQLException {
        ConstraintReader reader = new ConstraintReader();
        Rows.each(c, "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, POSITION_IN_UNIQUE_CONSTRAINT"
                + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE ORDER BY ORDINAL_POSITION", rs -> {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    reader.columns.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(3));
                    reader.referencedPositions.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getInt(4));
                });
        Map<TableKey, List<SchemaObject>> constraints = new HashMap<>();
        Rows.each(c, "SELECT T.CONSTRAINT_SCHEMA, T.CONSTRAINT_NAME, T.CONSTRAINT_TYPE, T.TABLE_SCHEMA,"
                + " T.TABLE_NAME, T.NULLS_DISTINCT, C.CHECK_CLAUSE, R.UNIQUE_CONSTRAINT_SCHEMA,"
                + " R.UNIQUE_CONSTRAINT_NAME, R.UPDATE_RULE, R.DELETE_RULE, U.TABLE_SCHEMA, U.TABLE_NAME" + FROM,
                rs -> {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    String type = rs.getString(3);
                    String definition = switch (type) {
                        case "CHECK" -> "CHECK (" + rs.getString(7) + ")";
                        case "UNIQUE" -> "UNIQUE (" + reader.list(key) + ")"
                                + ("YES".equals(rs.getString(6)) ? "" : " NULLS " + rs.getString(6) + " DISTINCT");
                        case "FOREIGN KEY" -> "FOREIGN KEY (" + reader.list(key) + ") REFERENCES "
                                + names.of(rs.getString(12), rs.getString(13)) + " ("
                                + reader.referenced(key, rs.getString(8) + "." + rs.getString(9)) + ") ON UPDATE "
                                + rs.getString(10) + " ON DELETE " + rs.getString(11);
                        default -> type + " (" + reader.list(key) + ")";
                    };
                    String name = rs.getString(2);
                    constraints.computeIfAbsent(new TableKey(rs.getString(4), rs.getString(5)), k -> new ArrayList<>())
                            .add(new SchemaObject(type.toLowerCase(Locale.ROOT), name, definition,
                                    Names.generatedConstraint(name)));
                });
        return constraints;
    }

    private String list(String constraint) {
        return String.join(", ", columns.getOrDefault(constraint, List.of()));
    }

    /** The referenced columns of a foreign key, in the order of its own columns. */
    private String referenced(String foreignKey, String uniqueKey) {
        List<String> unique = columns.getOrDefault(uniqueKey, List.of());
        List<String> out = new ArrayList<>();
        for (int position : referencedPositions.getOrDefault(foreignKey, List.of())) {
            out.add(position >= 1 && position <= unique.size() ? unique.get(position - 1) : "?");
        }
        return String.join(", ", out);
    }
}
