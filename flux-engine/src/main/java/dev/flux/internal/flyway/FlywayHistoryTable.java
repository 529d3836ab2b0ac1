package dev.flux.internal.flyway;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Flyway's history table with plain JDBC, on any database. The table is looked up by the catalog in
 * the letter case given, then in upper and lower case (Flyway quotes the name on some databases and not on
 * others); in the connection's current schema first, else in any schema when only one has it. Read only:
 * the table is never changed.
 */
public final class FlywayHistoryTable {
    private FlywayHistoryTable() {
    }

    /** Every row, in Flyway's order ({@code installed_rank}). */
    public static List<FlywayRow> read(Connection connection, String name) throws SQLException {
        // Flyway quotes the column names on some databases (lower case in H2), so they are read by label
        List<FlywayRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + find(connection, name))) {
            while (rs.next()) {
                int checksum = rs.getInt("checksum");
                Integer recorded = rs.wasNull() ? null : checksum;
                rows.add(new FlywayRow(rs.getInt("installed_rank"), rs.getString("version"),
                        rs.getString("description"), rs.getString("type"), rs.getString("script"), recorded,
                        rs.getBoolean("success"), rs.getInt("execution_time")));
            }
        }
        rows.sort(Comparator.comparingInt(FlywayRow::installedRank));
        return rows;
    }

    /** The table as SQL names it, quoted; fails with {@code CONFIG} when it cannot be found. */
    private static String find(Connection connection, String name) throws SQLException {
        int dot = name.lastIndexOf('.');
        String schema = dot < 0 ? null : name.substring(0, dot).strip();
        String table = name.substring(dot + 1).strip();
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> schemas = dot < 0 ? new LinkedHashSet<>(variants(connection.getSchema())) : variants(schema);
        for (String s : schemas) {
            List<String[]> found = tables(meta, s, table);
            if (!found.isEmpty()) {
                return quoted(meta, found.get(0));
            }
        }
        if (schema == null) {
            List<String[]> anywhere = tables(meta, null, table);
            if (anywhere.size() == 1) {
                return quoted(meta, anywhere.get(0));
            }
            if (anywhere.size() > 1) {
                throw new FluxException(ErrorCode.CONFIG, "Flyway's history table " + table + " exists in several"
                        + " schemas (" + anywhere.stream().map(t -> t[0]).toList() + "). Name the one of this"
                        + " database as schema.table.");
            }
        }
        throw new FluxException(ErrorCode.CONFIG, "found no Flyway history table named " + name + " in "
                + (schema == null ? "the current schema (" + connection.getSchema() + ") or any other" : "schema "
                + schema) + ". Give the name Flyway was configured with (its table setting, schema_version before"
                + " Flyway 5), as schema.table if it is in another schema.");
    }

    private static List<String[]> tables(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String[]> found = new ArrayList<>();
        for (String variant : variants(table)) {
            try (ResultSet rs = meta.getTables(null, schema, variant, new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equals(variant)
                            && (schema == null || schema.equals(rs.getString("TABLE_SCHEM")))) {
                        found.add(new String[] {rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")});
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    private static Set<String> variants(String name) {
        Set<String> variants = new LinkedHashSet<>();
        if (name != null) {
            variants.add(name);
            variants.add(name.toUpperCase(Locale.ROOT));
            variants.add(name.toLowerCase(Locale.ROOT));
        }
        return variants;
    }

    private static String quoted(DatabaseMetaData meta, String[] schemaAndTable) throws SQLException {
        String q = meta.getIdentifierQuoteString().strip();
        String table = q + schemaAndTable[1].replace(q, q + q) + q;
        return schemaAndTable[0] == null ? table : q + schemaAndTable[0].replace(q, q + q) + q + "." + table;
    }
}
