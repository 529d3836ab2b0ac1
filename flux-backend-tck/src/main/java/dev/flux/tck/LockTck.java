package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationLock;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The lock part on its own: exclusive, bound to a session of its own, released with it (also when an
 * administrator kills that session, so a waiter gets it), not reentrant (a second {@code lock()} by the holder
 * does nothing and one {@code unlock()} releases it), untouched by the {@code unlock()} of a migrator that
 * does not hold it, and a wait that times out with exactly {@code LOCK}. It needs only the part:
 *
 * <pre>{@code
 * class MyDbLockTest extends LockTck {
 *     protected TckDatabase createDatabase() { ... }
 *     protected MigrationLock lock(BackendContext context) { return new MyDbLock(context); }
 *     protected void killHolderSession(MigrationLock holder, TckDatabase database) { ... as an admin would ... }
 * }
 * }</pre>
 */
public abstract class LockTck extends TckBase {
    private static final Duration SHORT = Duration.ofSeconds(1);
    /** How long a waiter waits for a killed holder's lock: far longer than a session takes to end. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The lock part of the backend under test, made with the test database's options and this timeout. */
    protected abstract MigrationLock lock(BackendContext context);

    /**
     * Ends the database session that holds {@code holder}'s lock, from another session on {@code database},
     * the way an administrator kills a session (PostgreSQL: {@code pg_terminate_backend}, Oracle:
     * {@code ALTER SYSTEM KILL SESSION}, H2: {@code ABORT_SESSION}), and returns once it has ended. The lock is
     * held when this is called. By default the backend does not say how, and the tests that need it are
     * skipped; tests that kill the holder call this.
     */
    protected void killHolderSession(MigrationLock holder, TckDatabase database) throws Exception {
        skipKilledSessionTests();
    }

    static void skipKilledSessionTests() {
        Assumptions.abort("the backend's TCK does not override killHolderSession, so the killed-session tests"
                + " are skipped");
    }

    /** A lock part with a short timeout, closed after the test. */
    protected MigrationLock lock() {
        return closeAfter(lock(context(SHORT)));
    }

    @Test
    void lockExcludesASecondMigratorUntilReleased() {
        MigrationLock holder = lock();
        MigrationLock waiter = lock();
        holder.lock();
        long start = System.nanoTime();
        assertThatThrownBy(waiter::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                .hasMessageContaining("lock")
                .hasMessageContaining("lock_timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited about the timeout")
                .isGreaterThanOrEqualTo(SHORT.minusMillis(100));
        holder.check();
        holder.unlock();
        waiter.lock();
        waiter.check();
        waiter.unlock();
    }

    @Test
    void holderNamesAnotherMigratorOnlyWhileItHoldsTheLock() {
        MigrationLock holder = lock();
        MigrationLock other = lock();
        assertThat(other.holder()).as("nobody holds it").isEmpty();
        holder.lock();
        assertThat(other.holder()).as("another migrator holds it").hasValueSatisfying(
                who -> assertThat(who).isNotBlank());
        assertThat(holder.holder()).as("this migrator holds it").isEmpty();
        holder.unlock();
        assertThat(other.holder()).as("released").isEmpty();
    }

    @Test
    void lockIsReleasedWhenItsHolderCloses() {
        MigrationLock holder = lock();
        holder.lock();
        holder.close();
        MigrationLock next = lock();
        next.lock();
        next.check();
        next.unlock();
    }

    @Test
    void lockSurvivesDdlAndCommitsOnAnotherConnection() throws Exception {
        MigrationLock holder = lock();
        holder.lock();
        try (Statement s = connection().createStatement()) {
            s.execute("CREATE TABLE tck_lock_ddl (id INT)");
            s.execute("DROP TABLE tck_lock_ddl");
        }
        holder.check();
        assertExcluded();
        holder.unlock();
    }

    @Test
    void lockTwiceIsOneLockAndOneUnlockReleasesIt() {
        MigrationLock lock = lock();
        lock.lock();
        lock.lock();
        lock.check();
        assertExcluded();

        lock.unlock();

        assertThatThrownBy(lock::check).as("not held after one unlock").isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
        MigrationLock next = lock();
        next.lock();
        next.check();
        next.unlock();
        lock.unlock();
        lock.lock();
        lock.check();
        lock.unlock();
    }

    @Test
    void unlockByAMigratorThatDoesNotHoldTheLockLeavesTheHoldersLockInPlace() {
        MigrationLock holder = lock();
        MigrationLock other = lock();
        holder.lock();

        other.unlock();
        other.close();

        holder.check();
        assertExcluded();
        holder.unlock();
    }

    @Test
    void aWaiterGetsTheLockWithinItsTimeoutOnceAKilledHoldersSessionEnds() throws Exception {
        MigrationLock holder = lock();
        MigrationLock waiter = closeAfter(lock(context(WAIT)));
        holder.lock();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> waited = thread.submit(() -> {
                waiter.lock();
                return null;
            });
            killHolderSession(holder, database);
            waited.get(WAIT.toSeconds() + 10, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
        waiter.check();
        assertThatThrownBy(holder::check).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
        waiter.unlock();
    }

    /** Another migrator cannot take the lock: it waits for the timeout and fails with exactly {@code LOCK}. */
    private void assertExcluded() {
        assertThatThrownBy(lock()::lock).as("another migrator is excluded").isInstanceOfSatisfying(
                FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void checkFailsWhenTheLockIsNotHeld() {
        MigrationLock lock = lock();
        assertThatThrownBy(lock::check).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
        lock.lock();
        lock.unlock();
        assertThatThrownBy(lock::check).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK));
    }

    @Test
    void aKilledHolderSessionLosesTheLockAndFreesIt() throws Exception {
        MigrationLock holder = lock();
        holder.lock();
        killHolderSession(holder, database);
        assertThatThrownBy(holder::check).isInstanceOfSatisfying(FluxException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK)).hasMessageContaining("lost");
        MigrationLock next = lock();
        next.lock();
        next.check();
        next.unlock();
    }
}
