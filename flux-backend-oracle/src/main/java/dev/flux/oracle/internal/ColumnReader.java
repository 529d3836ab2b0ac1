package dev.flux.oracle.internal;

import dev.flux.spi.SchemaSnapshot.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns of a schema's tables from {@code ALL_TAB_COLS} (user columns, invisible ones marked
 * {@code INVISIBLE}). Types are spelled as in DDL: {@code VARCHAR2(100 CHAR)}, {@code NUMBER(10,2)},
 * {@code NUMBER(*,0)} for {@code INT}. The default holds what decides a value when none is given: the
 * {@code DEFAULT} expression ({@code ... ON NULL}), {@code GENERATED ... [ON NULL] AS IDENTITY} (without the
 * system-named sequence behind it) or {@code GENERATED ALWAYS AS (...)} for virtual columns.
 */
final class ColumnReader {
    private ColumnReader() {
    }

    static Map<String, List<Column>> read(Connection c, String schema) throws SQLException {
        Map<String, String> identities = new HashMap<>();
        Rows.each(c, "SELECT TABLE_NAME, COLUMN_NAME, GENERATION_TYPE FROM ALL_TAB_IDENTITY_COLS WHERE OWNER = ?",
                rs -> identities.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3)), schema);
        Map<String, List<Column>> columns = new HashMap<>();
        Rows.each(c, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_ID, INTERNAL_COLUMN_ID, HIDDEN_COLUMN, DATA_TYPE,"
                + " DATA_TYPE_OWNER, DATA_LENGTH, CHAR_LENGTH, CHAR_USED, DATA_PRECISION, DATA_SCALE, NULLABLE,"
                + " VIRTUAL_COLUMN, DEFAULT_ON_NULL, DATA_DEFAULT FROM ALL_TAB_COLS"
                + " WHERE OWNER = ? AND USER_GENERATED = 'YES'", rs -> {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    int id = rs.getInt(3);
                    int position = rs.wasNull() ? 1000 + rs.getInt(4) : id;
                    boolean invisible = "YES".equals(rs.getString(5));
                    String type = type(rs, schema) + (invisible ? " INVISIBLE" : "");
                    boolean nullable = "Y".equals(rs.getString(13));
                    boolean virtual = "YES".equals(rs.getString(14));
                    boolean onNull = "YES".equals(rs.getString(15));
                    String expression = rs.getString(16);
                    String identity = identities.get(table + "." + name);
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(name, position, type,
                            nullable, defaultOf(expression, identity, virtual, onNull)));
                }, schema);
        return columns;
    }

    private static String type(ResultSet rs, String schema) throws SQLException {
        String type = rs.getString(6);
        String owner = rs.getString(7);
        if (owner != null) {
            return owner.equals(schema) ? type : owner + "." + type;
        }
        String precision = rs.getString(11);
        String scale = rs.getString(12);
        return switch (type) {
            case "VARCHAR2", "CHAR" -> type + "(" + rs.getInt(9) + ("C".equals(rs.getString(10)) ? " CHAR)" : " BYTE)");
            case "NVARCHAR2", "NCHAR" -> type + "(" + rs.getInt(9) + ")";
            case "RAW", "UROWID" -> type + "(" + rs.getInt(8) + ")";
            case "FLOAT" -> "FLOAT(" + precision + ")";
            case "NUMBER" -> precision == null ? (scale == null ? "NUMBER" : "NUMBER(*," + scale + ")")
                    : "NUMBER(" + precision + ("0".equals(scale) || scale == null ? ")" : "," + scale + ")");
            default -> type;
        };
    }

    /**
     * What decides a column's value when none is given: {@code expression} ({@code DATA_DEFAULT}), the
     * identity's {@code GENERATION_TYPE} or null, whether the column is virtual, and {@code DEFAULT_ON_NULL}.
     */
    static String defaultOf(String expression, String identity, boolean virtual, boolean onNull) {
        if (identity != null) {
            return "GENERATED " + identity + (onNull ? " ON NULL" : "") + " AS IDENTITY";
        }
        String value = expression == null || expression.isBlank() ? null : expression.strip();
        if (virtual) {
            return "GENERATED ALWAYS AS (" + value + ")";
        }
        return value != null && onNull ? value + " ON NULL" : value;
    }
}
