package dev.flux.oracle.internal;

import dev.flux.spi.SchemaSnapshot.SchemaObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a schema's objects other than tables: views (their query), sequences (their settings, not their
 * current value; not the {@code ISEQ$$} sequences behind identity columns), synonyms, and PL/SQL objects
 * (functions, procedures, packages, types, their bodies and triggers) with their status and a digest of
 * their source, so a changed body or an {@code INVALID} unit shows as a difference.
 */
final class ObjectReader {
    private ObjectReader() {
    }

    static List<SchemaObject> read(Connection c, String schema) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        Rows.each(c, "SELECT VIEW_NAME, TEXT FROM ALL_VIEWS WHERE OWNER = ?",
                rs -> objects.add(new SchemaObject("view", rs.getString(1), strip(rs.getString(2)), false)), schema);
        Rows.each(c, "SELECT SEQUENCE_NAME, INCREMENT_BY, MIN_VALUE, MAX_VALUE, CYCLE_FLAG, ORDER_FLAG, CACHE_SIZE"
                + " FROM ALL_SEQUENCES WHERE SEQUENCE_OWNER = ? AND SEQUENCE_NAME NOT LIKE 'ISEQ$$%'",
                rs -> objects.add(new SchemaObject("sequence", rs.getString(1), "INCREMENT BY "
                        + rs.getBigDecimal(2).toPlainString() + " MINVALUE " + rs.getBigDecimal(3).toPlainString()
                        + " MAXVALUE " + rs.getBigDecimal(4).toPlainString()
                        + ("Y".equals(rs.getString(5)) ? " CYCLE" : " NOCYCLE")
                        + ("Y".equals(rs.getString(6)) ? " ORDER" : " NOORDER") + " CACHE " + rs.getLong(7), false)),
                schema);
        Rows.each(c, "SELECT SYNONYM_NAME, TABLE_OWNER, TABLE_NAME, DB_LINK FROM ALL_SYNONYMS WHERE OWNER = ?",
                rs -> objects.add(new SchemaObject("synonym", rs.getString(1), "FOR " + rs.getString(2) + "."
                        + rs.getString(3) + (rs.getString(4) == null ? "" : "@" + rs.getString(4)), false)), schema);
        Map<String, MessageDigest> sources = sources(c, schema);
        Rows.each(c, "SELECT OBJECT_NAME, OBJECT_TYPE, STATUS FROM ALL_OBJECTS WHERE OWNER = ? AND GENERATED = 'N'"
                + " AND OBJECT_TYPE IN ('FUNCTION', 'PROCEDURE', 'PACKAGE', 'PACKAGE BODY', 'TYPE', 'TYPE BODY',"
                + " 'TRIGGER') AND OBJECT_NAME NOT LIKE 'BIN$%'", rs -> {
                    MessageDigest source = sources.get(rs.getString(2) + " " + rs.getString(1));
                    String digest = source == null ? "none" : HexFormat.of().formatHex(source.digest()).substring(0, 16);
                    objects.add(new SchemaObject(rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(1),
                            rs.getString(3) + ", source " + digest, false));
                }, schema);
        return objects;
    }

    private static Map<String, MessageDigest> sources(Connection c, String schema) throws SQLException {
        Map<String, MessageDigest> digests = new HashMap<>();
        Rows.each(c, "SELECT TYPE, NAME, TEXT FROM ALL_SOURCE WHERE OWNER = ? ORDER BY TYPE, NAME, LINE", rs -> {
            MessageDigest digest = digests.computeIfAbsent(rs.getString(1) + " " + rs.getString(2), k -> sha256());
            String text = rs.getString(3);
            digest.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        }, schema);
        return digests;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
