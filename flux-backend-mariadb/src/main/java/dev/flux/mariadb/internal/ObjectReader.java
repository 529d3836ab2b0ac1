package dev.flux.mariadb.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The objects of one database besides tables, from {@code information_schema}: views (with check option
 * and security), procedures and functions (parameters, return type, characteristics, body), triggers (timing,
 * event, table, order, body), events (schedule, status, body) and MariaDB's sequences. Their definitions are
 * as the server stores them, with this database's name taken out of qualified names.
 */
final class ObjectReader {
    private static final String VIEWS = "SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE"
            + " FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?";
    private static final String PARAMETERS = "SELECT SPECIFIC_NAME, ROUTINE_TYPE, PARAMETER_MODE, PARAMETER_NAME,"
            + " DTD_IDENTIFIER FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = ? AND ORDINAL_POSITION > 0"
            + " ORDER BY SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION";
    private static final String ROUTINES = "SELECT ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, IS_DETERMINISTIC,"
            + " SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_DEFINITION FROM information_schema.ROUTINES"
            + " WHERE ROUTINE_SCHEMA = ?";
    private static final String TRIGGERS = "SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION,"
            + " EVENT_OBJECT_TABLE, ACTION_ORDER, ACTION_STATEMENT FROM information_schema.TRIGGERS"
            + " WHERE TRIGGER_SCHEMA = ?";
    private static final String EVENTS = "SELECT EVENT_NAME, EVENT_TYPE, INTERVAL_VALUE, INTERVAL_FIELD, STATUS,"
            + " ON_COMPLETION, EVENT_DEFINITION FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?";
    private static final String SEQUENCES = "SELECT TABLE_NAME FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'";

    private ObjectReader() {
    }

    static List<SchemaObject> read(Catalog catalog) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        catalog.each(VIEWS, rs -> objects.add(new SchemaObject("view", rs.getString(1),
                catalog.unqualified(rs.getString(2)) + " [check option " + rs.getString(3) + ", security "
                        + rs.getString(4) + "]", false)));
        Map<String, List<String>> parameters = new HashMap<>();
        catalog.each(PARAMETERS, rs -> parameters.computeIfAbsent(rs.getString(2) + " " + rs.getString(1),
                k -> new ArrayList<>()).add((rs.getString(3) == null ? "" : rs.getString(3) + " ")
                + rs.getString(4) + " " + rs.getString(5)));
        catalog.each(ROUTINES, rs -> {
            String type = rs.getString(2);
            String name = rs.getString(1);
            String signature = "(" + String.join(", ", parameters.getOrDefault(type + " " + name, List.of())) + ")"
                    + (rs.getString(3) == null || type.equals("PROCEDURE") ? "" : " RETURNS " + rs.getString(3));
            objects.add(new SchemaObject(type.toLowerCase(Locale.ROOT), name, signature + " deterministic "
                    + rs.getString(4) + ", " + rs.getString(5) + ", security " + rs.getString(6) + ": "
                    + catalog.unqualified(rs.getString(7)), false));
        });
        catalog.each(TRIGGERS, rs -> objects.add(new SchemaObject("trigger", rs.getString(1), rs.getString(2) + " "
                + rs.getString(3) + " ON " + Identifiers.quote(rs.getString(4)) + " (order " + rs.getInt(5)
                + ") FOR EACH ROW " + catalog.unqualified(rs.getString(6)), false)));
        catalog.each(EVENTS, rs -> objects.add(new SchemaObject("event", rs.getString(1), rs.getString(2)
                + (rs.getString(3) == null ? "" : " EVERY " + rs.getString(3) + " " + rs.getString(4)) + " "
                + rs.getString(5) + " ON COMPLETION " + rs.getString(6) + " DO "
                + catalog.unqualified(rs.getString(7)), false)));
        catalog.each(SEQUENCES, rs -> objects.add(new SchemaObject("sequence", rs.getString(1), "sequence",
                false)));
        return objects;
    }
}
