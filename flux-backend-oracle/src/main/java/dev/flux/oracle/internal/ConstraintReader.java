package dev.flux.oracle.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a schema's primary key, unique, foreign key and check constraints from {@code ALL_CONSTRAINTS},
 * each with a definition that lists its columns: {@code PRIMARY KEY (ID)},
 * {@code FOREIGN KEY (USER_ID) REFERENCES USERS (ID) ON DELETE CASCADE}, {@code CHECK (qty > 0)}, plus
 * {@code DISABLE} and {@code DEFERRABLE} when so. The {@code NOT NULL} checks Oracle names itself are left
 * out (nullability is part of the column); other {@code SYS_C...} names are system-named.
 */
final class ConstraintReader {
    private static final Pattern NOT_NULL = Pattern.compile("\"[^\"]+\" IS NOT NULL");

    private ConstraintReader() {
    }

    static Map<String, List<SchemaObject>> read(Connection c, String schema) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        Rows.each(c, "SELECT CONSTRAINT_NAME, COLUMN_NAME FROM ALL_CONS_COLUMNS WHERE OWNER = ?"
                + " ORDER BY CONSTRAINT_NAME, POSITION",
                rs -> columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), schema);
        Map<String, String> referenced = new HashMap<>();
        Map<String, List<String>> referencedColumns = new HashMap<>();
        Rows.each(c, "SELECT f.CONSTRAINT_NAME, r.OWNER, r.TABLE_NAME, rc.COLUMN_NAME FROM ALL_CONSTRAINTS f"
                + " JOIN ALL_CONSTRAINTS r ON r.OWNER = f.R_OWNER AND r.CONSTRAINT_NAME = f.R_CONSTRAINT_NAME"
                + " JOIN ALL_CONS_COLUMNS rc ON rc.OWNER = r.OWNER AND rc.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                + " WHERE f.OWNER = ? AND f.CONSTRAINT_TYPE = 'R' ORDER BY f.CONSTRAINT_NAME, rc.POSITION", rs -> {
                    String owner = rs.getString(2);
                    referenced.put(rs.getString(1), owner.equals(schema) ? rs.getString(3) : owner + "." + rs.getString(3));
                    referencedColumns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(4));
                }, schema);
        Map<String, List<SchemaObject>> constraints = new HashMap<>();
        Rows.each(c, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, GENERATED, STATUS, DEFERRABLE,"
                + " DELETE_RULE, SEARCH_CONDITION_VC FROM ALL_CONSTRAINTS WHERE OWNER = ?"
                + " AND CONSTRAINT_TYPE IN ('P', 'U', 'R', 'C') AND CONSTRAINT_NAME NOT LIKE 'BIN$%'", rs -> {
                    String name = rs.getString(2);
                    String type = rs.getString(3);
                    boolean generated = "GENERATED NAME".equals(rs.getString(4));
                    String condition = rs.getString(8);
                    if (type.equals("C") && generated && condition != null && NOT_NULL.matcher(condition.strip()).matches()) {
                        return;
                    }
                    String cols = String.join(", ", columns.getOrDefault(name, List.of()));
                    String definition = switch (type) {
                        case "P" -> "PRIMARY KEY (" + cols + ")";
                        case "U" -> "UNIQUE (" + cols + ")";
                        case "R" -> "FOREIGN KEY (" + cols + ") REFERENCES " + referenced.get(name) + " ("
                                + String.join(", ", referencedColumns.getOrDefault(name, List.of())) + ")"
                                + ("NO ACTION".equals(rs.getString(7)) ? "" : " ON DELETE " + rs.getString(7));
                        default -> "CHECK (" + (condition == null ? "" : condition.strip()) + ")";
                    };
                    definition += ("DISABLED".equals(rs.getString(5)) ? " DISABLE" : "")
                            + ("DEFERRABLE".equals(rs.getString(6)) ? " DEFERRABLE" : "");
                    String kind = switch (type) {
                        case "P" -> "primary key";
                        case "U" -> "unique";
                        case "R" -> "foreign key";
                        default -> "check";
                    };
                    constraints.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new SchemaObject(kind, name, definition, generated));
                }, schema);
        return constraints;
    }
}
