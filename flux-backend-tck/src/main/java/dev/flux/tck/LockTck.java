package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.spi.MigrationBackend;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The migration lock: exclusive, bound to a session, released with it, and a wait that times out. */
public abstract class LockTck extends HistoryTck {
    private static final Duration SHORT = Duration.ofSeconds(1);

    @Test
    void lockExcludesASecondMigratorUntilReleased() {
        MigrationBackend holder = backend(SHORT);
        MigrationBackend waiter = backend(SHORT);
        holder.lock();
        long start = System.nanoTime();
        assertThatThrownBy(waiter::lock)
                .isInstanceOfSatisfying(FluxException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK))
                .hasMessageContaining("lock")
                .hasMessageContaining("lock_timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited about the timeout")
                .isGreaterThanOrEqualTo(SHORT.minusMillis(100));
        holder.unlock();
        waiter.lock();
        waiter.checkLock();
        waiter.unlock();
    }

    @Test
    void lockIsReleasedWhenItsHolderCloses() {
        MigrationBackend holder = backend(SHORT);
        holder.lock();
        holder.close();
        MigrationBackend next = backend(SHORT);
        next.lock();
        next.unlock();
    }

    @Test
    void lockSurvivesDdlOnTheMigrationConnection() throws Exception {
        MigrationBackend holder = backend(SHORT);
        holder.lock();
        holder.createHistory();
        try (Statement s = holder.connection().createStatement()) {
            s.execute("CREATE TABLE tck_lock_ddl (id INT)");
            s.execute("DROP TABLE tck_lock_ddl");
        }
        holder.checkLock();
        MigrationBackend waiter = backend(SHORT);
        assertThatThrownBy(waiter::lock).isInstanceOf(FluxException.class);
        holder.unlock();
    }

    @Test
    void unlockWithoutLockDoesNothing() {
        MigrationBackend backend = backend(SHORT);
        backend.unlock();
        backend.lock();
        backend.unlock();
        backend.unlock();
    }
}
