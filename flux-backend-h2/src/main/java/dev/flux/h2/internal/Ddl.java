package dev.flux.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates flux's own schema, tables and lock row so that several migrators may do it at once. Nothing
 * is done for an object that exists, so a locked lock row is never touched. Each statement is
 * idempotent ({@code IF NOT EXISTS}); when it fails all the same (H2 may report "object
 * already exists" for a schema that another session is creating at that moment), it counts as done if
 * the object exists now, else it is tried again a few times.
 */
final class Ddl {
    private static final int ATTEMPTS = 5;

    /** Checks whether the object a statement creates exists. */
    private interface Exists {
        boolean test() throws SQLException;
    }

    private Ddl() {
    }

    static void createSchema(Connection c, String schema) throws SQLException {
        create(c, "CREATE SCHEMA IF NOT EXISTS " + Identifier.quote(schema), () -> schemaExists(c, schema));
    }

    static void createTable(Connection c, String schema, String table, String columns) throws SQLException {
        create(c, "CREATE TABLE IF NOT EXISTS " + Identifier.quote(schema) + "." + Identifier.quote(table) + " ("
                + columns + ")", () -> tableExists(c, schema, table));
    }

    /** Inserts a row unless {@code exists} finds it. */
    static void insertRow(Connection c, String insert, String exists) throws SQLException {
        create(c, insert, () -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(exists)) {
                return rs.next();
            }
        });
    }

    static boolean schemaExists(Connection c, String schema) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?", schema) > 0;
    }

    static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?",
                schema, table) > 0;
    }

    /** Whether {@code e} says that a table or schema does not exist. */
    static boolean missing(SQLException e) {
        int code = e.getErrorCode();
        return code == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                || code == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2
                || code == org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                || code == org.h2.api.ErrorCode.SCHEMA_NOT_FOUND_1;
    }

    private static void create(Connection c, String sql, Exists exists) throws SQLException {
        if (exists.test()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
                return;
            } catch (SQLException e) {
                if (exists.test()) {
                    return;
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws SQLException {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while creating flux's tables", e);
        }
    }

    private static int count(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
