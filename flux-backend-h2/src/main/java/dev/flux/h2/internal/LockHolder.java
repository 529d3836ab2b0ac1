package dev.flux.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Who holds the migration lock, for the timeout message. The holder writes its name, H2 session id and
 * time into the lock row without committing; a waiter reads that with {@code READ UNCOMMITTED}, then
 * looks the session up in {@code INFORMATION_SCHEMA.SESSIONS} (which shows other sessions to admins only).
 */
final class LockHolder {
    private LockHolder() {
    }

    /** A description such as {@code flux (process 42), H2 session 7 of user SA, since ...}, or null. */
    static String describe(Connection c, FluxTables tables) {
        try {
            c.rollback();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT HOLDER, HOLDER_SESSION, LOCKED_AT FROM " + tables.lockSql() + " WHERE ID = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return null;
                }
                StringBuilder text = new StringBuilder(rs.getString(1));
                text.append(", H2 session ").append(rs.getInt(2));
                session(c, rs.getInt(2), text);
                OffsetDateTime since = rs.getObject(3, OffsetDateTime.class);
                if (since != null) {
                    text.append(", since ").append(since.toInstant().truncatedTo(ChronoUnit.SECONDS));
                }
                return text.toString();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private static void session(Connection c, int id, StringBuilder text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT USER_NAME, CLIENT_ADDR FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ?")) {
            s.setInt(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    text.append(" of user ").append(rs.getString(1));
                    if (rs.getString(2) != null) {
                        text.append(" connected from ").append(rs.getString(2));
                    }
                }
            }
        }
    }
}
