package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import dev.flux.spi.JdbcHistory;
import dev.flux.spi.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The migration lock: a session-level advisory lock ({@code pg_advisory_lock(key)}) held by a session of
 * its own, so commits and DDL on the migration connection never release it, and it disappears with its
 * session when the migrator dies. A waiter waits in the server, under the session's {@code lock_timeout}
 * set to the lock timeout, so the server hands the lock over the moment its holder lets it go.
 *
 * <p>It also guards the history writes that commit a migration ({@link JdbcHistory.LockGuard}): they
 * check in their own round trip that the lock session still holds the lock, and the {@link #check()}
 * just before the commit then needs no query of its own.
 */
final class AdvisoryLock implements MigrationLock, JdbcHistory.LockGuard {
    /** The SQLState of a lock wait that ran out of {@code lock_timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Supplier<Session> opener;
    private final long key;
    private final Duration timeout;
    private final Secrets secrets;
    private Session session;
    private boolean held;
    private long holderPid;
    private long token;
    private boolean checkedByLastWrite;

    /** {@code secrets} are scrubbed from the database's messages. */
    AdvisoryLock(Supplier<Session> opener, long key, Duration timeout, Secrets secrets) {
        this.opener = opener;
        this.key = key;
        this.timeout = timeout;
        this.secrets = secrets;
    }

    @Override
    public void lock() {
        checkedByLastWrite = false;
        if (held) {
            return;
        }
        try {
            if (!take()) {
                throw new FluxException(ErrorCode.LOCK, "could not take the migration lock (PostgreSQL advisory lock "
                        + key + ") within " + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s"
                        : timeout.toMillis() + " ms") + " (lock_timeout): " + LockHolder.describe(connection(), key,
                        secrets) + ".");
            }
            held = true;
            takeToken();
        } catch (SQLException e) {
            close();
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(secrets::scrub).exception("could not take the migration lock (advisory lock "
                    + key + ")", "Check the connection to the database and run the command again.");
        }
    }

    /**
     * Takes the lock, waiting in the server up to the lock timeout; false when it runs out. A zero timeout
     * tries once: the server reads a {@code lock_timeout} of 0 as "wait forever".
     */
    private boolean take() throws SQLException {
        if (timeout.isZero()) {
            return call("pg_try_advisory_lock");
        }
        try (PreparedStatement s = connection().prepareStatement("SELECT pg_advisory_lock(?)")) {
            s.setLong(1, key);
            s.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes a second advisory lock on the lock session, on a random key that only this migrator knows, so
     * that {@link #HELD} can tell this session from a later one that got the same process id.
     */
    private void takeToken() throws SQLException {
        boolean taken = false;
        while (!taken) {
            token = ThreadLocalRandom.current().nextLong();
            try (PreparedStatement s = connection().prepareStatement("SELECT pg_try_advisory_lock(?), pg_backend_pid()")) {
                s.setLong(1, token);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    taken = rs.getBoolean(1);
                    holderPid = rs.getLong(2);
                }
            }
        }
    }

    /** The session that holds the lock when it is not this migrator; empty when nobody does or it cannot be read. */
    @Override
    public Optional<String> holder() {
        if (held) {
            return Optional.empty();
        }
        try {
            LockHolder.Holder holder = LockHolder.find(connection(), key);
            return holder == null ? Optional.empty() : Optional.of(holder.text());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Releases the lock, keeping the session for the next command; does nothing when not held. */
    @Override
    public void unlock() {
        checkedByLastWrite = false;
        if (held) {
            held = false;
            try {
                call("pg_advisory_unlock", token);
                call("pg_advisory_unlock");
            } catch (SQLException e) {
                close(); // the session is gone, and the lock with it
            }
        }
    }

    /**
     * Fails with {@code LOCK} unless this migrator's lock session is alive and holds the lock; no query when
     * the history write just before checked that in its own round trip (the engine inserts or deletes a
     * migration's row, checks the lock, then commits).
     */
    @Override
    public void check() {
        boolean checked = checkedByLastWrite;
        checkedByLastWrite = false;
        if (checked && held) {
            return;
        }
        verify();
    }

    /** Fails with {@code LOCK} unless this migrator's lock session is alive and holds the lock; one query. */
    @Override
    public void verify() {
        if (!held) {
            throw new FluxException(ErrorCode.LOCK, "the migration lock (advisory lock " + key + ") is not held "
                    + "by this migrator; take it with lock() first.");
        }
        try (PreparedStatement s = connection().prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype "
                + "= 'advisory' AND pid = pg_backend_pid() AND granted AND objsubid = 1 AND classid::bigint = ? "
                + "AND objid::bigint = ?")) {
            s.setLong(1, key >>> 32);
            s.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw lost("its session no longer holds it");
                }
            }
        } catch (SQLException e) {
            close();
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(secrets::scrub).exception("lost the migration lock (advisory lock " + key
                    + "): its session ended", "Another migrator may be running now, so this one stops; its open "
                    + "migration is rolled back. Run the command again.");
        }
    }

    /**
     * A condition, for a statement on another session, that holds while this lock is held: the lock
     * session holds both the migration lock and this migrator's random second key (so a later session
     * that got the same process id does not count). Its five parameters come from {@link #bind}. Only
     * while the lock is held. It reads only {@code pg_locks}: {@code pg_stat_activity} would cost as much as
     * the separate query it saves.
     */
    static final String HELD = "(SELECT count(*) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
            + " AND l.objsubid = 1 AND l.pid = ? AND ((l.classid::bigint = ? AND l.objid::bigint = ?)"
            + " OR (l.classid::bigint = ? AND l.objid::bigint = ?))) = 2";

    /** {@link #HELD} while the lock is held, so that history writes check it; else null. */
    @Override
    public String condition() {
        return held ? HELD : null;
    }

    /** Binds the parameters of {@link #HELD} from position {@code first} on. */
    @Override
    public void bind(PreparedStatement s, int first) throws SQLException {
        s.setLong(first, holderPid);
        s.setLong(first + 1, key >>> 32);
        s.setLong(first + 2, key & 0xFFFF_FFFFL);
        s.setLong(first + 3, token >>> 32);
        s.setLong(first + 4, token & 0xFFFF_FFFFL);
    }

    /**
     * Remembers whether the latest write on the migration connection checked the lock; statements count as
     * writes that did not.
     */
    @Override
    public void afterWrite(boolean lockChecked) {
        checkedByLastWrite = lockChecked;
    }

    private FluxException lost(String why) {
        close();
        return new FluxException(ErrorCode.LOCK, "lost the migration lock (advisory lock " + key + "): " + why
                + ". Another migrator may be running now, so this one stops; its open migration is rolled back. "
                + "Run the command again.");
    }

    /** Calls an advisory lock function on {@link #key}: {@code pg_try_advisory_lock} or {@code pg_advisory_unlock}. */
    private boolean call(String function) throws SQLException {
        return call(function, key);
    }

    private boolean call(String function, long on) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement("SELECT " + function + "(?)")) {
            s.setLong(1, on);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (session == null) {
            session = opener.get();
            // the lock session idles while migrations run: a server-wide idle timeout must not end it
            session.change("idle_session_timeout", "0");
            if (!timeout.isZero()) {
                // a waiter waits in the server for at most the lock timeout
                session.change("lock_timeout", Math.max(1, Math.min(timeout.toMillis(), Integer.MAX_VALUE)) + "ms");
            }
        }
        return session.connection();
    }

    /** Releases the lock if held (a pooled connection outlives its close) and ends the lock session. */
    @Override
    public void close() {
        unlock();
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
