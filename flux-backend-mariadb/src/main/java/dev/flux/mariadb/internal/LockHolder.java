package dev.flux.mariadb.internal;

import dev.flux.ErrorCode;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Who holds a named lock, as {@code IS_USED_LOCK} and the process list tell. */
final class LockHolder {
    private static final String QUERY = "SELECT l.id, p.USER, p.HOST, p.DB, p.COMMAND, p.TIME FROM"
            + " (SELECT IS_USED_LOCK(?) AS id) l LEFT JOIN information_schema.PROCESSLIST p ON p.ID = l.id";

    private LockHolder() {
    }

    /** The session holding a lock: its connection id, and who it is for people. */
    record Holder(long id, String text) {
    }

    /** The session holding {@code lockName}, or null when nobody does. */
    static Holder find(Connection c, String lockName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(QUERY)) {
            s.setString(1, lockName);
            try (ResultSet rs = s.executeQuery()) {
                long id = rs.next() ? rs.getLong(1) : 0;
                if (id == 0) {
                    return null;
                }
                String user = rs.getString(2);
                return new Holder(id, user == null
                        ? "connection " + id + " (its user and host are not visible to this user, which lacks the"
                                + " PROCESS privilege)"
                        : "connection " + id + " (user '" + user + "', host '" + rs.getString(3) + "', database '"
                                + rs.getString(4) + "', " + rs.getString(5) + " for " + rs.getLong(6) + " s)");
            }
        }
    }

    /**
     * "it is held by connection 42 (user 'app', host '10.0.0.7:51234', ...)" and how to end that session, or
     * why the holder is unknown, with the database's message scrubbed of {@code secrets}.
     */
    static String describe(Connection c, String lockName, Secrets secrets) {
        try {
            Holder holder = find(c, lockName);
            if (holder == null) {
                return "another session held it, and has just let it go. Run the command again";
            }
            return "it is held by " + holder.text() + ". Wait for that migrator to finish and run the command "
                    + "again, or raise backend.lock_timeout. If that session hangs, end it with KILL " + holder.id()
                    + "; its lock goes with it";
        } catch (SQLException e) {
            return "another session holds it, which could not be identified ("
                    + SqlFailure.of(ErrorCode.LOCK, e).scrubbing(secrets::scrub).databaseMessage() + "). Wait for"
                    + " the other migrator to finish, or raise backend.lock_timeout";
        }
    }
}
