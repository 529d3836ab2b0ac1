package dev.flux.h2.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The other processes that use a database file this process opened with {@code AUTO_SERVER=TRUE}: they reach
 * it through a server inside this process, which ends with the process. A migrator that hosts them lets
 * those in the middle of their work (holding uncommitted changes, such as the migration lock, or waiting for
 * a lock) finish before it closes, so that its exit does not cut them off.
 */
final class Guests {
    /** Remote sessions at work, and whether the asking session is embedded (so this process is the host). */
    private static final String AT_WORK = "SELECT (SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS"
            + " WHERE SESSION_ID = SESSION_ID()) IS NULL, COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
            + " WHERE SERVER IS NOT NULL AND (CONTAINS_UNCOMMITTED OR BLOCKER_ID IS NOT NULL)";
    private static final long PAUSE_MILLIS = 20;

    private Guests() {
    }

    /**
     * Waits, at most {@code limit}, until no remote session of the database of {@code c} is at work, when
     * {@code c} is embedded; returns at once on a client connection or an embedded database without guests.
     * Idle guests (an IDE console) are not waited for.
     */
    static void letFinish(Connection c, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Statement s = c.createStatement()) {
            while (atWork(s) && System.nanoTime() - deadline < 0) {
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (SQLException e) {
            // the database is gone or closing: there is no one left to wait for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean atWork(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery(AT_WORK)) {
            rs.next();
            return rs.getBoolean(1) && rs.getLong(2) > 0;
        }
    }
}
