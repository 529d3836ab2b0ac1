package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating flux's tables safely when several migrators do it at once, and finding them. */
final class Ddl {
    /** ORA-00955: name is already used by an existing object. */
    static final int NAME_IN_USE = 955;
    /** ORA-00001: unique constraint violated. */
    static final int DUPLICATE_KEY = 1;

    private Ddl() {
    }

    /** Whether {@code owner.table} exists, by exact (case-sensitive) names, as {@code ALL_TABLES} shows it. */
    static boolean tableExists(Connection c, String owner, String table) throws SQLException {
        return Sessions.queryString(c, "SELECT 1 FROM ALL_TABLES WHERE OWNER = ? AND TABLE_NAME = ?",
                owner, table) != null;
    }

    /**
     * Runs {@code CREATE TABLE} unless the table exists. ORA-00955 from a migrator that created it a moment
     * earlier counts as success, once {@code ALL_TABLES} confirms that it is a table.
     */
    static void createTable(Connection c, String owner, String table, String createSql) throws SQLException {
        if (tableExists(c, owner, table)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(createSql);
        } catch (SQLException e) {
            if (e.getErrorCode() != NAME_IN_USE) {
                throw e;
            }
            if (!tableExists(c, owner, table)) {
                throw new SQLException("flux cannot create its table " + owner + "." + table + ": the name is"
                        + " used (ORA-00955) by an object that is not a table, or by a table this user may not see."
                        + " Rename or drop that object, grant access to the table, or choose another name with the"
                        + " table option of [backend].", e.getSQLState(), e.getErrorCode());
            }
        }
    }
}
