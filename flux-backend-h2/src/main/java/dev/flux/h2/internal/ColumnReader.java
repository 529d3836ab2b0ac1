package dev.flux.h2.internal;

import dev.flux.spi.SchemaSnapshot.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns of every table. A column of a domain has the domain's name as its type. Its default
 * holds what decides its value when none is given: the {@code DEFAULT} expression, or
 * {@code GENERATED ... AS IDENTITY (...)}, or {@code GENERATED ALWAYS AS (...)}, plus {@code ON UPDATE ...}.
 */
final class ColumnReader {
    private ColumnReader() {
    }

    static Map<TableKey, List<Column>> read(Connection c, Names names) throws SQLException {
        DataTypes types = DataTypes.load(c);
        Map<TableKey, List<Column>> columns = new HashMap<>();
        Rows.each(c, "SELECT * FROM INFORMATION_SCHEMA.COLUMNS WHERE " + Names.userSchema("TABLE_SCHEMA"),
                rs -> {
                    String schema = rs.getString("TABLE_SCHEMA");
                    String table = rs.getString("TABLE_NAME");
                    String domain = rs.getString("DOMAIN_NAME");
                    String type = domain != null ? names.of(rs.getString("DOMAIN_SCHEMA"), domain)
                            : types.describe(rs, schema, table, "TABLE");
                    if (!rs.getBoolean("IS_VISIBLE")) {
                        type += " INVISIBLE";
                    }
                    columns.computeIfAbsent(new TableKey(schema, table), k -> new ArrayList<>()).add(new Column(
                            rs.getString("COLUMN_NAME"), rs.getInt("ORDINAL_POSITION"), type,
                            "YES".equals(rs.getString("IS_NULLABLE")), defaultOf(rs)));
                });
        return columns;
    }

    private static String defaultOf(ResultSet rs) throws SQLException {
        String value = rs.getString("COLUMN_DEFAULT");
        if ("YES".equals(rs.getString("IS_IDENTITY"))) {
            value = "GENERATED " + rs.getString("IDENTITY_GENERATION") + " AS IDENTITY (START WITH "
                    + rs.getString("IDENTITY_START") + " INCREMENT BY " + rs.getString("IDENTITY_INCREMENT") + ")";
        } else if ("ALWAYS".equals(rs.getString("IS_GENERATED"))) {
            value = "GENERATED ALWAYS AS (" + rs.getString("GENERATION_EXPRESSION") + ")";
        }
        if (value != null && rs.getBoolean("DEFAULT_ON_NULL")) {
            value += " ON NULL";
        }
        String onUpdate = rs.getString("COLUMN_ON_UPDATE");
        if (onUpdate != null) {
            value = (value == null ? "" : value + " ") + "ON UPDATE " + onUpdate;
        }
        return value;
    }
}
