package dev.flux.spi;

/**
 * The lock part of a backend: the migration lock of one migrator, held by a database session of its own so
 * that it survives the commits (and implicit commits of DDL) on the migration connection and disappears with
 * its holder, which therefore never leaves a stale lock behind. The engine takes it before it reads the
 * history of a command that writes, checks it before each commit and releases it at the end of the command.
 * Tested on its own by the TCK's {@code LockTck}.
 */
public interface MigrationLock extends AutoCloseable {
    /**
     * Takes the lock; does nothing when this migrator holds it already. Waits up to the lock timeout
     * ({@code lock_timeout}), then fails with code {@code LOCK}, naming the holder where the database can tell.
     */
    void lock();

    /** Releases the lock, keeping or closing its session as the backend sees fit; does nothing when not held. */
    void unlock();

    /**
     * Fails with code {@code LOCK} when the lock is not held, or its session no longer holds it (the session
     * was killed or the database restarted): another migrator may hold it now, so nothing may be committed.
     */
    void check();

    /** Releases the lock if held and ends its session. */
    @Override
    void close();
}
