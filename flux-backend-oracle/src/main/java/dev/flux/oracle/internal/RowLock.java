package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The migration lock as a row lock, taken by every migrator (alone by those without {@code EXECUTE} on
 * {@code DBMS_LOCK}, see {@link LockPlan}):
 * {@code SELECT ... FOR UPDATE WAIT n} of the one row of {@code <table>_LOCK}, held by an open transaction
 * of a connection that never runs DDL (DDL would commit and so release it). The table is created, on a
 * short-lived connection of its own, before the lock is taken.
 */
final class RowLock {
    /** ORA-30006: resource busy; acquire with WAIT timeout expired. */
    private static final int WAIT_EXPIRED = 30006;
    /** ORA-00054: resource busy and acquire with NOWAIT specified. */
    private static final int BUSY = 54;

    private RowLock() {
    }

    static boolean tableExists(Connection c, FluxTables tables) throws SQLException {
        return Ddl.tableExists(c, tables.schema(), tables.lock());
    }

    /** Creates the lock table and its row if missing, on a connection of its own that it then closes. */
    static void createTable(DataSource dataSource, FluxTables tables) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Ddl.createTable(c, tables.schema(), tables.lock(), "CREATE TABLE " + tables.lockSql()
                    + " (ID NUMBER(1) NOT NULL PRIMARY KEY)");
            insertRow(c, tables);
        }
    }

    /** Takes the row lock in a transaction of {@code c}; false when another session held it past the timeout. */
    static boolean lock(Connection c, FluxTables tables, Duration timeout) throws SQLException {
        long seconds = Math.max(0, (timeout.toMillis() + 999) / 1000);
        String sql = "SELECT ID FROM " + tables.lockSql() + " WHERE ID = 1 FOR UPDATE "
                + (seconds == 0 ? "NOWAIT" : "WAIT " + Math.min(seconds, Integer.MAX_VALUE));
        c.setAutoCommit(false);
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            } catch (SQLException e) {
                if (e.getErrorCode() == WAIT_EXPIRED || e.getErrorCode() == BUSY) {
                    return false;
                }
                throw e;
            }
            insertRow(c, tables);
            c.commit();
        }
        throw new SQLException("the lock table " + tables.schema() + "." + tables.lock() + " lost its row while"
                + " flux was inserting it; run the command again");
    }

    private static void insertRow(Connection c, FluxTables tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + tables.lockSql() + " (ID) VALUES (1)");
        } catch (SQLException e) {
            if (e.getErrorCode() != Ddl.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
