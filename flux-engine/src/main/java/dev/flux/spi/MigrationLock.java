package dev.flux.spi;

import java.util.Optional;

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

    /**
     * Who holds the lock now, when another live session does: a description for people, such as the one the
     * timeout message gives ({@code pid 4711 (application 'flux migrator', ...)}). Empty when the lock is
     * free, held by this migrator, or the database cannot tell. Never waits. The engine asks only when the
     * history has a migration that is not complete, to tell one being applied right now ({@code RUNNING})
     * from one that stopped part-way ({@code FAILED}). Empty by default.
     */
    default Optional<String> holder() {
        return Optional.empty();
    }

    /** Releases the lock if held and ends its session. */
    @Override
    void close();
}
