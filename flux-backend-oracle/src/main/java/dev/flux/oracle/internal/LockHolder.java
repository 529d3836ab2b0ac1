package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Who holds the migration lock, for the timeout message. A holder labels its session with
 * {@code DBMS_APPLICATION_INFO} ({@code ACTION = 'flux lock <id>'}, {@code CLIENT_INFO} with its process id
 * and since when); a waiter looks for that label in {@code GV$SESSION}, which shows the sessions of every
 * instance of a RAC database, and falls back to {@code V$SESSION} (this instance only) when it may not
 * read the former. Either needs a grant: {@code SELECT ON SYS.GV_$SESSION} (or {@code V_$SESSION}), or
 * {@code SELECT_CATALOG_ROLE}.
 */
final class LockHolder {
    /** The views tried, in order: every instance, then this one. */
    static final List<String> VIEWS = List.of("GV$SESSION", "V$SESSION");

    private LockHolder() {
    }

    static String action(int lockId) {
        return "flux lock " + lockId;
    }

    static String waitingAction(int lockId) {
        return "flux waits " + lockId;
    }

    /**
     * A description such as {@code session 71,3318 on instance 1 of user APP, program java, ...}, or null when
     * no readable view shows a holder.
     */
    static String describe(Connection c, int lockId) {
        for (String view : VIEWS) {
            try (PreparedStatement s = c.prepareStatement(query(view))) {
                s.setString(1, action(lockId));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return describe(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                }
            } catch (SQLException e) {
                // not readable: try the next view
            }
        }
        return null;
    }

    /**
     * The query of {@code view} for the holder's session, never this session. {@code V$SESSION} has no
     * {@code INST_ID}: its sessions are all of this instance.
     */
    static String query(String view) {
        boolean global = view.startsWith("GV$");
        String instance = "TO_NUMBER(SYS_CONTEXT('USERENV', 'INSTANCE'))";
        String self = "SID = TO_NUMBER(SYS_CONTEXT('USERENV', 'SID'))" + (global ? " AND INST_ID = " + instance : "");
        return "SELECT SID, SERIAL#, " + (global ? "INST_ID" : instance) + ", USERNAME, PROGRAM, OSUSER, MACHINE,"
                + " CLIENT_INFO, TO_CHAR(LOGON_TIME, 'YYYY-MM-DD HH24:MI:SS') FROM " + view
                + " WHERE ACTION = ? AND NOT (" + self + ")";
    }

    /** The holder as the timeout message shows it; {@code clientInfo} may be null. */
    static String describe(String sid, String serial, String instance, String user, String program, String osUser,
            String machine, String clientInfo, String logonTime) {
        StringBuilder text = new StringBuilder("session ").append(sid).append(',').append(serial)
                .append(" on instance ").append(instance).append(" of user ").append(user)
                .append(", program ").append(program).append(" (OS user ").append(osUser).append(" on ")
                .append(machine).append(')');
        if (clientInfo != null) {
            text.append(", ").append(clientInfo);
        }
        return text.append(", logged on at ").append(logonTime).append(" (to end it: ALTER SYSTEM KILL SESSION '")
                .append(sid).append(',').append(serial).append(",@").append(instance).append("')").toString();
    }
}
