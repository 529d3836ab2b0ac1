package dev.flux.mariadb.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import dev.flux.spi.JdbcHistory;
import dev.flux.spi.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The migration lock: a named user lock ({@code GET_LOCK}) held by a session of its own, so the implicit
 * commits of DDL on the migration connection never touch it, and the server releases it when the session
 * ends, also when the migrator is killed. Its name is derived from the database and history table
 * ({@link #name}), so migrators of one database exclude each other and those of others do not.
 *
 * <p>It also guards the history writes that commit a migration ({@link JdbcHistory.LockGuard}): they check
 * in their own round trip with {@code IS_USED_LOCK} that the lock session still holds the lock and a second
 * lock whose random name only this migrator knows (so that a later session that got the same connection id
 * after a server restart does not count); the {@link #check()} just before the commit then needs no query.
 */
final class GetLock implements MigrationLock, JdbcHistory.LockGuard {
    /** MySQL's limit for the names of user locks, in characters. */
    static final int MAX_NAME = 64;
    /** The longest single wait on the server, so that an interrupt is noticed in time. */
    private static final long LONGEST_WAIT_MILLIS = 1000;
    static final String HELD = "IS_USED_LOCK(?) = ? AND IS_USED_LOCK(?) = ?";

    private final Supplier<Session> opener;
    private final String schema;
    private final String table;
    private final Duration timeout;
    private final Secrets secrets;
    private Session session;
    private String name;
    private String token;
    private long connectionId;
    private boolean held;
    private boolean checkedByLastWrite;

    /**
     * A lock on the history table {@code table} of database {@code schema} (null: the session's current
     * database); {@code secrets} are scrubbed from the database's messages.
     */
    GetLock(Supplier<Session> opener, String schema, String table, Duration timeout, Secrets secrets) {
        this.opener = opener;
        this.schema = schema;
        this.table = table;
        this.timeout = timeout;
        this.secrets = secrets;
    }

    /**
     * The lock's name: {@code flux:<database>.<table>}, or, when that is longer than {@value #MAX_NAME}
     * characters, {@code flux:} and a SHA-256 prefix of it.
     */
    static String name(String database, String table) {
        String full = "flux:" + database + "." + table;
        if (full.length() <= MAX_NAME) {
            return full;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return "flux:" + HexFormat.of().formatHex(hash).substring(0, MAX_NAME - 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void lock() {
        checkedByLastWrite = false;
        if (held) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Connection c = connection();
            long left = timeout.toMillis();
            while (!getLock(c, name, Math.min(left, LONGEST_WAIT_MILLIS))) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    throw new FluxException(ErrorCode.LOCK, "could not take the migration lock (MariaDB lock '"
                            + shown() + "') within " + shown(timeout) + " (lock_timeout): "
                            + LockHolder.describe(c, name, secrets) + ".");
                }
            }
            held = true;
            takeToken(c);
        } catch (SQLException e) {
            close();
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(secrets::scrub).exception("could not take the "
                    + "migration lock (MariaDB lock '" + shown() + "')", "Check the connection to the database and "
                    + "run the command again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new FluxException(ErrorCode.LOCK, "interrupted while waiting for the migration lock (MariaDB lock '"
                    + shown() + "'); nothing was changed.");
        }
    }

    /** The lock's name for messages; before a session told the database, with the schema option or a '?'. */
    private String shown() {
        return name != null ? name : name(schema != null ? schema : "?", table);
    }

    private static String shown(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** {@code GET_LOCK(name, seconds)}: true when taken, false when the wait ran out. */
    private static boolean getLock(Connection c, String lockName, long waitMillis) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, lockName);
            s.setBigDecimal(2, java.math.BigDecimal.valueOf(Math.max(0, waitMillis), 3));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long result = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new SQLException("GET_LOCK('" + lockName + "') failed on the server", "HY000");
                }
                return result == 1;
            }
        }
    }

    /** Takes a second lock, with a random name, and learns the lock session's connection id. */
    private void takeToken(Connection c) throws SQLException {
        token = "flux-token:" + UUID.randomUUID();
        if (!getLock(c, token, 0)) {
            throw new SQLException("the random lock '" + token + "' is taken", "HY000");
        }
        try (PreparedStatement s = c.prepareStatement("SELECT CONNECTION_ID()"); ResultSet rs = s.executeQuery()) {
            rs.next();
            connectionId = rs.getLong(1);
        }
    }

    /** The session that holds the lock when it is not this migrator, from the process list; never waits. */
    @Override
    public Optional<String> holder() {
        if (held) {
            return Optional.empty();
        }
        try {
            LockHolder.Holder holder = LockHolder.find(connection(), name);
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
                Connection c = connection();
                release(c, token);
                release(c, name);
            } catch (SQLException e) {
                close(); // the session is gone, and the lock with it
            }
        }
    }

    private static void release(Connection c, String lockName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DO RELEASE_LOCK(?)")) {
            s.setString(1, lockName);
            s.execute();
        }
    }

    /**
     * Fails with {@code LOCK} unless this migrator's lock session is alive and holds the lock; no query when
     * the history write just before checked that in its own round trip.
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
            throw new FluxException(ErrorCode.LOCK, "the migration lock (MariaDB lock '" + shown() + "') is not held "
                    + "by this migrator; take it with lock() first.");
        }
        try (PreparedStatement s = connection().prepareStatement("SELECT IS_USED_LOCK(?) = CONNECTION_ID()")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw lost("its session no longer holds it");
                }
            }
        } catch (SQLException e) {
            close();
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(secrets::scrub).exception("lost the migration lock "
                    + "(MariaDB lock '" + shown() + "'): its session ended", "Another migrator may be running now, "
                    + "so this one stops; the failed migration's history row records how far it got. Run the "
                    + "command again.");
        }
    }

    /** {@link #HELD} while the lock is held, so that history writes check it; else null. */
    @Override
    public String condition() {
        return held ? HELD : null;
    }

    @Override
    public void bind(PreparedStatement s, int first) throws SQLException {
        s.setString(first, name);
        s.setLong(first + 1, connectionId);
        s.setString(first + 2, token);
        s.setLong(first + 3, connectionId);
    }

    @Override
    public void afterWrite(boolean lockChecked) {
        checkedByLastWrite = lockChecked;
    }

    private FluxException lost(String why) {
        close();
        return new FluxException(ErrorCode.LOCK, "lost the migration lock (MariaDB lock '" + shown() + "'): " + why
                + ". Another migrator may be running now, so this one stops; the failed migration's history row "
                + "records how far it got. Run the command again.");
    }

    private Connection connection() throws SQLException {
        if (session == null) {
            Session opened = opener.get();
            try {
                opened.keepAlive();
                if (name == null) {
                    String database = schema != null ? schema : Session.currentDatabase(opened.connection());
                    name = name(database == null ? "" : database, table);
                }
            } catch (SQLException | RuntimeException e) {
                opened.close();
                throw e;
            }
            session = opened;
        }
        return session.connection();
    }

    /** The lock session's connection id while the lock is held (for tests and messages). */
    long connectionId() {
        return connectionId;
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
