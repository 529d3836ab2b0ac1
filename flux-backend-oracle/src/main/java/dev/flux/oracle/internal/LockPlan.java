package dev.flux.oracle.internal;

import java.sql.SQLException;
import java.util.Set;

/**
 * What a migrator does after its {@code DBMS_LOCK} request so that migrators with and without
 * {@code EXECUTE} on {@code DBMS_LOCK} exclude each other: both create the lock table and take its row lock.
 * A migrator holding the user lock ignores a failure to create the table for want of privileges, and then
 * takes the row lock only when the table exists; one without {@code DBMS_LOCK} must create it.
 *
 * @param userLock whether the user lock is held
 * @param creationOptional whether a privilege failure while creating the lock table is ignored, in which case
 *        the row lock is taken only when the table exists
 */
record LockPlan(boolean userLock, boolean creationOptional) {
    /** ORA-01031 insufficient privileges, ORA-01950 no privileges on tablespace, ORA-01536 quota exceeded. */
    private static final Set<Integer> PRIVILEGE_FAILURES = Set.of(1031, 1950, 1536);

    /** The plan after a request that ended with {@code outcome}; null when it timed out or deadlocked. */
    static LockPlan after(UserLock.Outcome outcome) {
        return switch (outcome) {
            case TAKEN -> new LockPlan(true, true);
            case UNAVAILABLE -> new LockPlan(false, false);
            case TIMED_OUT, DEADLOCK -> null;
        };
    }

    /** Whether {@code failure} of creating the lock table may be ignored under this plan. */
    boolean ignores(SQLException failure) {
        return creationOptional && PRIVILEGE_FAILURES.contains(failure.getErrorCode());
    }
}
