package dev.flux.mariadb.internal;

import dev.flux.spi.SchemaSnapshot.Column;
import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables of one database from {@code information_schema}: columns, constraints (primary and unique keys,
 * foreign keys with their rules, checks) and indexes other than the primary key. Names the server made up
 * ({@code orders_ibfk_1}, {@code CONSTRAINT_1}, MySQL's {@code orders_chk_1}) are marked system-named, so
 * they are compared by definition.
 */
final class TableReader {
    private static final String COLUMNS = "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION, c.COLUMN_TYPE,"
            + " c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA, c.CHARACTER_SET_NAME, c.COLLATION_NAME, t.TABLE_COLLATION,"
            + " c.GENERATION_EXPRESSION FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
            + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
            + " WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')";
    private static final String KEYS = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE,"
            + " GROUP_CONCAT(CONCAT('`', k.COLUMN_NAME, '`') ORDER BY k.ORDINAL_POSITION SEPARATOR ', '),"
            + " MAX(k.REFERENCED_TABLE_SCHEMA), MAX(k.REFERENCED_TABLE_NAME),"
            + " GROUP_CONCAT(CONCAT('`', k.REFERENCED_COLUMN_NAME, '`') ORDER BY k.ORDINAL_POSITION SEPARATOR ', '),"
            + " MAX(rc.UPDATE_RULE), MAX(rc.DELETE_RULE)"
            + " FROM information_schema.TABLE_CONSTRAINTS tc"
            + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.CONSTRAINT_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
            + " GROUP BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE";
    /** MariaDB's CHECK_CONSTRAINTS has TABLE_NAME; MySQL's does not ({@link #MYSQL_CHECKS}). */
    private static final String CHECKS = "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";
    private static final String MYSQL_CHECKS = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
            + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
            + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.CONSTRAINT_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'";
    private static final String INDEXES = "SELECT TABLE_NAME, INDEX_NAME, MIN(NON_UNIQUE), MAX(INDEX_TYPE),"
            + " GROUP_CONCAT(CONCAT(COALESCE(CONCAT('`', COLUMN_NAME, '`'), '(expression)'),"
            + " COALESCE(CONCAT('(', SUB_PART, ')'), ''), CASE WHEN COLLATION = 'D' THEN ' DESC' ELSE '' END)"
            + " ORDER BY SEQ_IN_INDEX SEPARATOR ', ')"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND INDEX_NAME <> 'PRIMARY'"
            + " GROUP BY TABLE_NAME, INDEX_NAME";
    private static final Pattern GENERATED_CHECK = Pattern.compile("CONSTRAINT_\\d+|.+_chk_\\d+");

    private TableReader() {
    }

    /** The columns, constraints and indexes of a table, as they are read. */
    record Parts(List<Column> columns, List<SchemaObject> constraints, List<SchemaObject> indexes) {
        Parts() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** Reads every table of the catalog's database into {@code tables}, by name. */
    static void read(Catalog catalog, Map<String, Parts> tables) throws SQLException {
        catalog.each(COLUMNS, rs -> {
            String type = rs.getString(4);
            String collation = rs.getString(9);
            if (collation != null && !collation.equals(rs.getString(10))) {
                type += " CHARACTER SET " + rs.getString(8) + " COLLATE " + collation;
            }
            String generated = rs.getString(11);
            if (generated != null) {
                type += " AS (" + catalog.unqualified(generated) + ")";
            }
            String extra = rs.getString(7);
            if (extra != null && !extra.isBlank()) {
                type += " " + extra.toLowerCase(Locale.ROOT);
            }
            String defaultValue = rs.getString(6);
            tables.computeIfAbsent(rs.getString(1), t -> new Parts()).columns().add(new Column(rs.getString(2),
                    rs.getInt(3), type, "YES".equals(rs.getString(5)),
                    "NULL".equals(defaultValue) ? null : defaultValue));
        });
        catalog.each(KEYS, rs -> {
            Parts parts = tables.get(rs.getString(1));
            if (parts == null) {
                return;
            }
            String table = rs.getString(1);
            String name = rs.getString(2);
            String kind = rs.getString(3).toLowerCase(Locale.ROOT);
            String definition = "(" + rs.getString(4) + ")";
            if (kind.equals("foreign key")) {
                String schema = rs.getString(5);
                String target = (catalog.database().equals(schema) ? "" : Identifiers.quote(schema) + ".")
                        + Identifiers.quote(rs.getString(6));
                definition += " REFERENCES " + target + " (" + rs.getString(7) + ") ON UPDATE " + rs.getString(8)
                        + " ON DELETE " + rs.getString(9);
            }
            boolean generated = kind.equals("foreign key") && name.matches(Pattern.quote(table) + "_ibfk_\\d+");
            parts.constraints().add(new SchemaObject(kind.equals("unique") ? "unique key" : kind, name, definition,
                    generated));
        });
        readChecks(catalog, tables);
        catalog.each(INDEXES, rs -> {
            Parts parts = tables.get(rs.getString(1));
            if (parts != null) {
                String unique = rs.getInt(3) == 0 ? "UNIQUE " : "";
                parts.indexes().add(new SchemaObject("index", rs.getString(2), unique + rs.getString(4) + " ("
                        + rs.getString(5) + ")", false));
            }
        });
    }

    private static void readChecks(Catalog catalog, Map<String, Parts> tables) throws SQLException {
        Catalog.RowHandler check = rs -> {
            Parts parts = tables.get(rs.getString(1));
            if (parts != null) {
                String name = rs.getString(2);
                parts.constraints().add(new SchemaObject("check", name, catalog.unqualified(rs.getString(3)),
                        GENERATED_CHECK.matcher(name).matches()));
            }
        };
        try {
            catalog.each(CHECKS, check);
        } catch (SQLException noTableName) {
            catalog.each(MYSQL_CHECKS, check);
        }
    }
}
