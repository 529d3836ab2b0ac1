package dev.flux.h2.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The migration lock: an uncommitted update of the single row of the lock table, made on a connection of
 * its own and kept open until {@link #unlock()}. The update's row lock makes other migrators wait (up to
 * the lock timeout, through H2's {@code LOCK_TIMEOUT}); DDL on the work connection commits only the work
 * connection's session, so the lock survives it; when the lock's connection closes or its process dies,
 * H2 rolls the update back and the lock is gone. Between commands the connection stays open, idle, for
 * the next {@link #acquire}; once the lock table and row are known to exist, taking the lock is the update
 * alone, and the table and row are created again only if they have vanished. The lock creates the schema
 * and its lock table itself, so it never depends on the history table.
 */
public final class H2Lock implements MigrationLock {
    private final BackendContext context;
    private final Duration timeout;
    private final String holder;
    private FluxTables tables;
    private Connection connection;
    private boolean held;
    private boolean prepared;

    public H2Lock(BackendContext context) {
        this.context = context;
        this.timeout = context.lockTimeout();
        String name = context.applicationName() == null || context.applicationName().isBlank() ? "flux"
                : context.applicationName();
        String text = name + " (process " + ProcessHandle.current().pid() + ")";
        this.holder = text.length() > 500 ? text.substring(0, 500) : text;
    }

    /**
     * Takes the lock. A connection to a database file shared with {@code AUTO_SERVER=TRUE} can break before
     * the lock is taken, when the process that hosted it ends and the others open it again at the same
     * moment; the lock is then tried again, a little later, until the lock timeout.
     */
    @Override
    public void lock() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                lockOnce();
                return;
            } catch (SqlRetry retry) {
                if (System.nanoTime() - deadline >= 0 || !Reopen.pause()) {
                    throw SqlFailure.of(ErrorCode.LOCK, retry.cause).scrubbing(context.secrets()::scrub)
                            .exception("could not take the migration lock", null);
                }
            }
        }
    }

    /** A failure that {@link #lock()} tries again after: the shared database was being reopened. */
    private static final class SqlRetry extends Exception {
        private final SQLException cause;

        SqlRetry(SQLException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private void lockOnce() throws SqlRetry {
        if (held) {
            return;
        }
        Connection c = idleConnection();
        try {
            c = c != null ? c : context.dataSource().getConnection();
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(context.secrets()::scrub).exception("could not"
                    + " open the connection that holds the migration lock", "Check the URL, user and password, and"
                    + " that the database is reachable.");
        }
        try {
            if (tables == null) {
                tables = FluxTables.of(c, context);
            }
            acquire(c, tables);
        } catch (SQLException e) {
            closeQuietly(c);
            if (Reopen.isTransient(e)) {
                throw new SqlRetry(e);
            }
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(context.secrets()::scrub)
                    .exception("could not take the migration lock", null);
        }
    }

    /**
     * The migrator that holds the lock when it is not this one, as its lock row names it, read on a
     * connection of its own; empty when nobody holds it or the lock table does not exist yet.
     */
    @Override
    public Optional<String> holder() {
        if (held) {
            return Optional.empty();
        }
        try (Connection c = context.dataSource().getConnection()) {
            c.setAutoCommit(false);
            return Optional.ofNullable(LockHolder.describe(c, tables != null ? tables : FluxTables.of(c, context)));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The connection of an earlier lock, still open, to take the lock on again; null if there is none. */
    private Connection idleConnection() {
        try {
            if (connection != null && !connection.isClosed() && connection.isValid(5)) {
                return connection;
            }
        } catch (SQLException e) {
            // treated as closed
        }
        connection = null;
        return null;
    }

    /**
     * Takes the lock on {@code c}, which it keeps open until {@link #close()}; closes {@code c} when the
     * lock cannot be taken.
     */
    private void acquire(Connection c, FluxTables tables) throws SQLException {
        try {
            if (c != connection) {
                prepare(c, tables);
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCK_TIMEOUT " + Math.max(1, Math.min(timeout.toMillis(), Integer.MAX_VALUE)));
                }
                connection = c;
            }
            if (update(c, tables) == 0) {
                // the lock table or its row was removed since this lock last saw it
                c.rollback();
                prepared = false;
                prepare(c, tables);
                c.setAutoCommit(false);
                if (update(c, tables) == 0) {
                    throw new SQLException("the lock row of " + tables.lockSql() + " vanished while it was created");
                }
            }
            held = true;
        } catch (SQLException e) {
            connection = null;
            if (e.getErrorCode() != org.h2.api.ErrorCode.LOCK_TIMEOUT_1) {
                closeQuietly(c);
                throw e;
            }
            String who = LockHolder.describe(c, tables);
            closeQuietly(c);
            throw new FluxException(ErrorCode.LOCK, timedOut(who, tables));
        }
    }

    private int update(Connection c, FluxTables tables) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + tables.lockSql()
                + " SET HOLDER = ?, HOLDER_SESSION = SESSION_ID(), LOCKED_AT = CURRENT_TIMESTAMP WHERE ID = 1")) {
            s.setString(1, holder);
            return s.executeUpdate();
        } catch (SQLException e) {
            if (!prepared || !Ddl.missing(e)) {
                throw e;
            }
            prepared = false;
            return 0;
        }
    }

    /** Fails with {@code LOCK} unless the lock is held by a live session. */
    @Override
    public void check() {
        if (!held) {
            throw new FluxException(ErrorCode.LOCK, "the migration lock is not held, so nothing may be committed;"
                    + " take the lock first (this is a bug in the caller of the backend)");
        }
        boolean alive;
        try {
            alive = !connection.isClosed() && connection.isValid(5);
        } catch (SQLException e) {
            alive = false;
        }
        if (!alive) {
            throw new FluxException(ErrorCode.LOCK, "the migration lock was lost: its database connection is"
                    + " closed (was the database shut down, or the session killed?), so another migrator may"
                    + " now hold it. flux stopped before committing; check the state with flux:status and run"
                    + " the command again.");
        }
    }

    /** Releases the lock by rolling back, keeping the connection for the next lock; does nothing when not held. */
    @Override
    public void unlock() {
        if (!held) {
            return;
        }
        held = false;
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the session is gone, and with it the lock
            closeQuietly(connection);
            connection = null;
        }
    }

    /** Releases the lock if held and closes its connection. */
    @Override
    public void close() {
        unlock();
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private void prepare(Connection c, FluxTables tables) throws SQLException {
        if (prepared) {
            return;
        }
        c.setAutoCommit(true);
        Ddl.createSchema(c, tables.schema());
        Ddl.createTable(c, tables.schema(), tables.lock(), "ID INT NOT NULL PRIMARY KEY, HOLDER VARCHAR(500),"
                + " HOLDER_SESSION INT, LOCKED_AT TIMESTAMP WITH TIME ZONE");
        Ddl.insertRow(c, "INSERT INTO " + tables.lockSql() + " (ID) VALUES (1)",
                "SELECT ID FROM " + tables.lockSql() + " WHERE ID = 1");
        prepared = true;
    }

    private String timedOut(String who, FluxTables tables) {
        String wait = Durations.text(timeout);
        return "could not take the migration lock within " + wait + ": another migrator holds it"
                + (who == null ? "" : " — " + who) + ". Wait for it to finish and run the command again, or"
                + " stop the process that holds it: the lock disappears as soon as its database connection"
                + " closes. To wait longer, raise lock_timeout in [backend] (now " + wait + "). The lock is a"
                + " row lock on " + tables.schema() + "." + tables.lock() + ".";
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }
}
