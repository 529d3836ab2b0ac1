package dev.flux.h2.internal;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The failures of a connection to a database file shared with {@code AUTO_SERVER=TRUE} while the process
 * that served it ends and the others open the file again: they pass once one of them serves it.
 */
final class Reopen {
    private Reopen() {
    }

    /**
     * Whether {@code e} says only that the shared file is being opened by another process right now: H2
     * could not take over its lock file ("Lock file recently modified", "Another process was faster": 8000),
     * it is locked by the process starting its server (90020), the connection to the old server broke
     * (90067), or the old server's database is closing as its process ends (90098, 90121).
     */
    static boolean isTransient(SQLException e) {
        int code = e.getErrorCode();
        return code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                || code == org.h2.api.ErrorCode.CONNECTION_BROKEN_1
                || code == org.h2.api.ErrorCode.ERROR_OPENING_DATABASE_1
                || code == org.h2.api.ErrorCode.DATABASE_IS_CLOSED
                || code == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN;
    }

    /** Waits 20 to 200 ms, a different time in each process so that they do not retry in step; false if interrupted. */
    static boolean pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 200));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
