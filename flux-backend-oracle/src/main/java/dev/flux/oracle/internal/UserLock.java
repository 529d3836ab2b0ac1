package dev.flux.oracle.internal;

import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * The migration lock as a {@code DBMS_LOCK} user lock in exclusive mode, requested with
 * {@code release_on_commit => FALSE} so that commits do not release it, on a lock id derived from the
 * history table's schema and name. It needs {@code EXECUTE} on {@code SYS.DBMS_LOCK}; without it the
 * request does not compile and {@link Outcome#UNAVAILABLE} is returned.
 */
final class UserLock {
    /** ORA-06550: the anonymous block did not compile, here because DBMS_LOCK is not visible. */
    private static final int BLOCK_DOES_NOT_COMPILE = 6550;
    /** DBMS_LOCK's longest finite wait; larger timeouts wait this long. */
    private static final long MAX_WAIT_SECONDS = 32_766;

    /** How a request ended. */
    enum Outcome { TAKEN, TIMED_OUT, DEADLOCK, UNAVAILABLE }

    private UserLock() {
    }

    /** The lock id of a history table: 0 to 1073741823, the range {@code DBMS_LOCK} leaves to users. */
    static int id(FluxTables tables) {
        CRC32 crc = new CRC32();
        crc.update(("flux:" + tables.schema() + "." + tables.history()).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() & 0x3FFF_FFFFL);
    }

    static Outcome request(Connection c, int id, Duration timeout) throws SQLException {
        long seconds = Math.min(MAX_WAIT_SECONDS, (timeout.toMillis() + 999) / 1000);
        try (CallableStatement s = c.prepareCall("BEGIN ? := DBMS_LOCK.REQUEST(id => ?, lockmode =>"
                + " DBMS_LOCK.X_MODE, timeout => ?, release_on_commit => FALSE); END;")) {
            s.registerOutParameter(1, Types.INTEGER);
            s.setInt(2, id);
            s.setLong(3, seconds);
            s.execute();
            int result = s.getInt(1);
            return switch (result) {
                case 0, 4 -> Outcome.TAKEN;
                case 1 -> Outcome.TIMED_OUT;
                case 2 -> Outcome.DEADLOCK;
                default -> throw new SQLException("DBMS_LOCK.REQUEST returned " + result + " for lock id " + id);
            };
        } catch (SQLException e) {
            if (e.getErrorCode() == BLOCK_DOES_NOT_COMPILE) {
                return Outcome.UNAVAILABLE;
            }
            throw e;
        }
    }

    static void release(Connection c, int id) throws SQLException {
        try (CallableStatement s = c.prepareCall("BEGIN ? := DBMS_LOCK.RELEASE(id => ?); END;")) {
            s.registerOutParameter(1, Types.INTEGER);
            s.setInt(2, id);
            s.execute();
        }
    }
}
