package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who holds the migration lock, for the timeout message. A holder labels its session with
 * {@code DBMS_APPLICATION_INFO} ({@code ACTION = 'flux lock <id>'}, {@code CLIENT_INFO} with its process id
 * and since when); a waiter looks for that label in {@code V$SESSION}, which it may read only when granted
 * (for example {@code SELECT ON V_$SESSION} or {@code SELECT_CATALOG_ROLE}).
 */
final class LockHolder {
    private LockHolder() {
    }

    static String action(int lockId) {
        return "flux lock " + lockId;
    }

    static String waitingAction(int lockId) {
        return "flux waits " + lockId;
    }

    /** A description such as {@code session 71,3318 of user APP, program java, ...}, or null. */
    static String describe(Connection c, int lockId) {
        String sql = "SELECT SID, SERIAL#, USERNAME, PROGRAM, OSUSER, MACHINE, CLIENT_INFO,"
                + " TO_CHAR(LOGON_TIME, 'YYYY-MM-DD HH24:MI:SS') FROM V$SESSION"
                + " WHERE ACTION = ? AND SID <> TO_NUMBER(SYS_CONTEXT('USERENV', 'SID'))";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, action(lockId));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                StringBuilder text = new StringBuilder("session ").append(rs.getString(1)).append(',')
                        .append(rs.getString(2)).append(" of user ").append(rs.getString(3));
                text.append(", program ").append(rs.getString(4)).append(" (OS user ").append(rs.getString(5))
                        .append(" on ").append(rs.getString(6)).append(')');
                if (rs.getString(7) != null) {
                    text.append(", ").append(rs.getString(7));
                }
                return text.append(", logged on at ").append(rs.getString(8)).toString();
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
