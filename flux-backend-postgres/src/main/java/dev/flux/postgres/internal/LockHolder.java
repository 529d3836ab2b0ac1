package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Who holds an advisory lock, as {@code pg_locks} and {@code pg_stat_activity} tell. */
final class LockHolder {
    private static final String QUERY = "SELECT a.pid, a.application_name, host(a.client_addr), a.usename, "
            + "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ') FROM pg_locks l JOIN pg_stat_activity a "
            + "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
            + "AND l.classid::bigint = ? AND l.objid::bigint = ? "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private LockHolder() {
    }

    /**
     * "it is held by pid 4711 (application 'flux migrator', ...)" and how to end that session, or why the
     * holder is unknown, with the database's message scrubbed of {@code secrets}.
     */
    static String describe(Connection c, long key, Secrets secrets) {
        try {
            Holder holder = find(c, key);
            if (holder == null) {
                return "another session held it, and has just let it go. Run the command again";
            }
            return "it is held by " + holder.text() + ". Wait for that migrator to finish and run the command"
                    + " again, or raise backend.lock_timeout. If that session hangs, end it with SELECT"
                    + " pg_terminate_backend(" + holder.pid() + "); its lock goes with it";
        } catch (SQLException e) {
            return "another session holds it, which could not be identified ("
                    + SqlFailure.of(ErrorCode.LOCK, e).scrubbing(secrets::scrub).databaseMessage() + "). Wait for the other migrator to finish,"
                    + " or raise backend.lock_timeout";
        }
    }

    /** The session that holds an advisory lock and how it reads for people. */
    record Holder(int pid, String text) {
    }

    /** The session that holds the advisory lock {@code key} in this database, or null when none does. */
    static Holder find(Connection c, long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(QUERY)) {
            s.setLong(1, key >>> 32);
            s.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String client = rs.getString(3);
                int pid = rs.getInt(1);
                return new Holder(pid, "pid " + pid + " (application '" + orUnknown(rs.getString(2)) + "', client "
                        + (client == null ? "local or not visible to this user" : client) + ", user "
                        + orUnknown(rs.getString(4)) + ", connected since " + orUnknown(rs.getString(5)) + ")");
            }
        }
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "unknown" : value;
    }
}
