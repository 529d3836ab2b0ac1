package dev.flux.h2.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the objects that do not belong to a table: schemas (other than {@code PUBLIC}, the home schema
 * and H2's own), views, sequences (without their current value), domains, constants and synonyms.
 */
final class ObjectReader {
    private final Connection c;
    private final Names names;
    private final List<SchemaObject> out = new ArrayList<>();

    private ObjectReader(Connection c, Names names) {
        this.c = c;
        this.names = names;
    }

    static List<SchemaObject> read(Connection c, Names names) throws SQLException {
        ObjectReader reader = new ObjectReader(c, names);
        reader.schemas();
        reader.simple("view", "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE" + Names.userSchema("TABLE_SCHEMA"), rs -> rs.getString(3));
        reader.simple("sequence", "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT,"
                + " MINIMUM_VALUE, MAXIMUM_VALUE, CYCLE_OPTION, CACHE FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE" + Names.userSchema("SEQUENCE_SCHEMA"), rs -> "AS " + rs.getString(3)
                        + " START WITH " + rs.getString(4) + " INCREMENT BY " + rs.getString(5)
                        + " MINVALUE " + rs.getString(6) + " MAXVALUE " + rs.getString(7)
                        + ("YES".equals(rs.getString(8)) ? " CYCLE" : " NO CYCLE") + " CACHE " + rs.getString(9));
        reader.simple("constant", "SELECT CONSTANT_SCHEMA, CONSTANT_NAME, DATA_TYPE, VALUE_DEFINITION"
                + " FROM INFORMATION_SCHEMA.CONSTANTS WHERE" + Names.userSchema("CONSTANT_SCHEMA"),
                rs -> rs.getString(3) + " VALUE " + rs.getString(4));
        reader.simple("synonym", "SELECT SYNONYM_SCHEMA, SYNONYM_NAME, SYNONYM_FOR_SCHEMA, SYNONYM_FOR"
                + " FROM INFORMATION_SCHEMA.SYNONYMS WHERE" + Names.userSchema("SYNONYM_SCHEMA"),
                rs -> "FOR " + names.of(rs.getString(3), rs.getString(4)));
        reader.domains();
        return reader.out;
    }

    /** How one row of a query defines its object. */
    private interface Definition {
        String of(ResultSet rs) throws SQLException;
    }

    /** Adds an object per row of a query whose first columns are the schema and the name. */
    private void simple(String kind, String sql, Definition definition) throws SQLException {
        Rows.each(c, sql, rs -> out.add(new SchemaObject(kind, names.of(rs.getString(1), rs.getString(2)),
                definition.of(rs), false)));
    }

    private void schemas() throws SQLException {
        Rows.each(c, "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE" + Names.userSchema("SCHEMA_NAME")
                + "AND UPPER(SCHEMA_NAME) <> 'PUBLIC'", rs -> {
                    if (!rs.getString(1).equals(names.home())) {
                        out.add(new SchemaObject("schema", rs.getString(1), null, false));
                    }
                });
    }

    private void domains() throws SQLException {
        Map<String, List<String>> checks = new HashMap<>();
        Rows.each(c, "SELECT D.DOMAIN_SCHEMA, D.DOMAIN_NAME, C.CHECK_CLAUSE"
                + " FROM INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS D JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS C"
                + " ON C.CONSTRAINT_SCHEMA = D.CONSTRAINT_SCHEMA AND C.CONSTRAINT_NAME = D.CONSTRAINT_NAME"
                + " ORDER BY C.CHECK_CLAUSE", rs -> checks
                        .computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                        .add(" CHECK (" + rs.getString(3) + ")"));
        DataTypes types = DataTypes.load(c);
        Rows.each(c, "SELECT * FROM INFORMATION_SCHEMA.DOMAINS WHERE" + Names.userSchema("DOMAIN_SCHEMA"), rs -> {
            String schema = rs.getString("DOMAIN_SCHEMA");
            String name = rs.getString("DOMAIN_NAME");
            String parent = rs.getString("PARENT_DOMAIN_NAME");
            String type = parent != null ? names.of(rs.getString("PARENT_DOMAIN_SCHEMA"), parent)
                    : types.describe(rs, schema, name, "DOMAIN");
            String fallback = rs.getString("DOMAIN_DEFAULT");
            String onUpdate = rs.getString("DOMAIN_ON_UPDATE");
            out.add(new SchemaObject("domain", names.of(schema, name), "AS " + type
                    + (fallback == null ? "" : " DEFAULT " + fallback)
                    + (onUpdate == null ? "" : " ON UPDATE " + onUpdate)
                    + String.join("", checks.getOrDefault(schema + "." + name, List.of())), false));
        });
    }
}
