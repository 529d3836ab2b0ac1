package dev.flux.h2.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads user-defined functions, procedures and aggregates ({@code CREATE ALIAS}, {@code CREATE AGGREGATE};
 * named with their parameter types, as overloads share a name) and triggers.
 */
final class RoutineReader {
    private RoutineReader() {
    }

    static List<SchemaObject> read(Connection c, Names names) throws SQLException {
        List<SchemaObject> out = new ArrayList<>(routines(c, names));
        out.addAll(triggers(c, names));
        return out;
    }

    private static List<SchemaObject> routines(Connection c, Names names) throws SQLException {
        Map<String, List<String>> parameters = new HashMap<>();
        Rows.each(c, "SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.PARAMETERS"
                + " ORDER BY ORDINAL_POSITION", rs -> parameters
                        .computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3)));
        List<SchemaObject> out = new ArrayList<>();
        Rows.each(c, "SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, DATA_TYPE,"
                + " ROUTINE_DEFINITION, EXTERNAL_NAME, IS_DETERMINISTIC FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE " + Names.userSchema("ROUTINE_SCHEMA"), rs -> {
                    String signature = String.join(", ",
                            parameters.getOrDefault(rs.getString(1) + "." + rs.getString(2), List.of()));
                    String returns = rs.getString(6) == null ? "" : "RETURNS " + rs.getString(6) + " ";
                    String body = rs.getString(8) != null ? "FOR " + rs.getString(8) : "AS " + rs.getString(7);
                    out.add(new SchemaObject(rs.getString(5).toLowerCase(Locale.ROOT),
                            names.of(rs.getString(3), rs.getString(4)) + "(" + signature + ")",
                            returns + body + ("YES".equals(rs.getString(9)) ? " DETERMINISTIC" : ""), false));
                });
        return out;
    }

    private static List<SchemaObject> triggers(Connection c, Names names) throws SQLException {
        Map<String, String[]> byName = new LinkedHashMap<>();
        Rows.each(c, "SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_SCHEMA,"
                + " EVENT_OBJECT_TABLE, ACTION_ORIENTATION, ACTION_TIMING, JAVA_CLASS"
                + " FROM INFORMATION_SCHEMA.TRIGGERS WHERE " + Names.userSchema("TRIGGER_SCHEMA")
                + " ORDER BY EVENT_MANIPULATION", rs -> {
                    String name = names.of(rs.getString(1), rs.getString(2));
                    String[] seen = byName.get(name);
                    if (seen != null) {
                        seen[0] += ", " + rs.getString(3);
                        return;
                    }
                    String action = " ON " + names.of(rs.getString(4), rs.getString(5)) + " FOR EACH "
                            + rs.getString(6) + (rs.getString(8) == null ? "" : " CALL " + rs.getString(8));
                    byName.put(name, new String[] {rs.getString(3), rs.getString(7), action});
                });
        List<SchemaObject> out = new ArrayList<>();
        byName.forEach((name, parts) -> out.add(
                new SchemaObject("trigger", name, parts[1] + " " + parts[0] + parts[2], false)));
        return out;
    }
}
