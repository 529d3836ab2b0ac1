package dev.flux.h2.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spells data types as H2 reports them in {@code INFORMATION_SCHEMA}, with their parameters:
 * {@code CHARACTER VARYING(100)}, {@code NUMERIC(10, 2)}, {@code TIMESTAMP(3) WITH TIME ZONE},
 * {@code INTEGER ARRAY[3]}, {@code ENUM('A', 'B')}, {@code INTERVAL DAY(2) TO SECOND(6)}.
 */
final class DataTypes {
    private final Map<String, Type> elements = new HashMap<>();
    private final Map<String, List<String>> enums = new HashMap<>();

    /** Loads the element types of arrays and the values of enums. */
    static DataTypes load(Connection c) throws SQLException {
        DataTypes types = new DataTypes();
        Rows.each(c, "SELECT * FROM INFORMATION_SCHEMA.ELEMENT_TYPES", rs -> types.elements.put(
                key(rs.getString("OBJECT_SCHEMA"), rs.getString("OBJECT_NAME"), rs.getString("OBJECT_TYPE"),
                        rs.getString("COLLECTION_TYPE_IDENTIFIER")), Type.of(rs)));
        Rows.each(c, "SELECT * FROM INFORMATION_SCHEMA.ENUM_VALUES ORDER BY VALUE_ORDINAL", rs -> types.enums
                .computeIfAbsent(key(rs.getString("OBJECT_SCHEMA"), rs.getString("OBJECT_NAME"),
                        rs.getString("OBJECT_TYPE"), rs.getString("ENUM_IDENTIFIER")), k -> new ArrayList<>())
                .add("'" + rs.getString("VALUE_NAME").replace("'", "''") + "'"));
        return types;
    }

    /** The type described by the current row of a {@code COLUMNS}, {@code DOMAINS} or similar query. */
    String describe(ResultSet rs, String schema, String object, String objectType) throws SQLException {
        return describe(Type.of(rs), schema + "\u0000" + object + "\u0000" + objectType);
    }

    private String describe(Type t, String owner) {
        String dataType = t.dataType();
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "ARRAY" -> {
                Type element = elements.get(owner + "\u0000" + t.dtd());
                String of = element == null ? "" : describe(element, owner) + " ";
                yield of + "ARRAY" + (t.cardinality() == null ? "" : "[" + t.cardinality() + "]");
            }
            case "ENUM" -> "ENUM(" + String.join(", ", enums.getOrDefault(owner + "\u0000" + t.dtd(), List.of()))
                    + ")";
            case "NUMERIC", "DECIMAL" -> dataType + "(" + t.precision() + ", " + t.scale() + ")";
            case "DECFLOAT" -> dataType + "(" + t.precision() + ")";
            case "TIME", "TIMESTAMP", "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" -> {
                int space = dataType.indexOf(' ');
                String head = space < 0 ? dataType : dataType.substring(0, space);
                yield head + "(" + t.datetimePrecision() + ")" + (space < 0 ? "" : dataType.substring(space));
            }
            case "INTERVAL" -> "INTERVAL " + interval(t);
            default -> t.length() == null ? dataType : dataType + "(" + t.length() + ")";
        };
    }

    private static String interval(Type t) {
        String[] fields = t.intervalType().toUpperCase(Locale.ROOT).split(" TO ");
        if (fields.length == 1) {
            return fields[0] + "(" + t.intervalPrecision()
                    + (fields[0].equals("SECOND") ? ", " + t.datetimePrecision() : "") + ")";
        }
        String end = fields[1].equals("SECOND") ? "SECOND(" + t.datetimePrecision() + ")" : fields[1];
        return fields[0] + "(" + t.intervalPrecision() + ") TO " + end;
    }

    private static String key(String schema, String object, String objectType, String dtd) {
        return schema + "\u0000" + object + "\u0000" + objectType + "\u0000" + dtd;
    }

    /** The type columns that {@code COLUMNS}, {@code ELEMENT_TYPES}, {@code DOMAINS} and others share. */
    private record Type(String dataType, Object length, Object precision, Object scale, Object datetimePrecision,
                        String intervalType, Object intervalPrecision, Object cardinality, String dtd) {
        static Type of(ResultSet rs) throws SQLException {
            return new Type(rs.getString("DATA_TYPE"), rs.getObject("CHARACTER_MAXIMUM_LENGTH"),
                    rs.getObject("NUMERIC_PRECISION"), rs.getObject("NUMERIC_SCALE"),
                    rs.getObject("DATETIME_PRECISION"), rs.getString("INTERVAL_TYPE"),
                    rs.getObject("INTERVAL_PRECISION"), rs.getObject("MAXIMUM_CARDINALITY"),
                    rs.getString("DTD_IDENTIFIER"));
        }
    }
}
