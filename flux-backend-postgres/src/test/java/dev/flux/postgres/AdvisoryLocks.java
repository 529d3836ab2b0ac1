package dev.flux.postgres;

/** Queries of {@code pg_locks} that tests use to watch migrators: who holds the lock, who waits at a gate. */
final class AdvisoryLocks {
    /** The pid of the session that holds the migration lock (the default {@code lock_id} 3589). */
    static final String LOCK_SESSION = "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
            + "AND objid = 3589 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private AdvisoryLocks() {
    }

    /** How many sessions wait for the advisory lock {@code gate}, a lock a test holds to stop a migration. */
    static String waitingAt(int gate) {
        return "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = " + gate
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    }
}
