package dev.flux.oracle.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration lock, held by a connection of its own that never runs DDL, so it survives the implicit
 * commits of migrations and disappears with its session. It is a {@link UserLock} when the user may
 * execute {@code DBMS_LOCK}, and a {@link RowLock} otherwise; a {@code DBMS_LOCK} holder also creates the
 * lock table where it may and takes the row lock when the table exists, so migrators with and without that
 * grant still exclude each other ({@link LockPlan}).
 * Where flux's tables are ({@link FluxTables}) is read on the lock's own connection.
 */
final class OracleLock implements MigrationLock {
    private static final Logger LOG = LoggerFactory.getLogger(OracleLock.class);

    private final BackendContext context;
    private final DataSource dataSource;
    private final Duration timeout;
    private final String module;
    private Connection connection;
    private boolean userLock;
    private int id;

    OracleLock(BackendContext context) {
        this.context = context;
        this.dataSource = context.dataSource();
        this.timeout = context.lockTimeout();
        String name = context.applicationName();
        this.module = name == null || name.isBlank() ? "flux" : name;
    }

    @Override
    public void lock() {
        if (connection != null) {
            return;
        }
        Connection c = open();
        FluxTables tables;
        try {
            tables = FluxTables.of(c, context);
            tables.checkSchemaExists(c);
        } catch (FluxException e) {
            releaseQuietly(c);
            throw e;
        } catch (SQLException e) {
            releaseQuietly(c);
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(context.secrets()::scrub).exception("could not read"
                    + " the current schema on the connection that takes the migration lock", null);
        }
        acquire(c, tables);
    }

    private void acquire(Connection c, FluxTables tables) {
        id = UserLock.id(tables);
        long start = System.nanoTime();
        try {
            label(c, LockHolder.waitingAction(id), null);
            UserLock.Outcome outcome = UserLock.request(c, id, timeout);
            if (outcome == UserLock.Outcome.DEADLOCK) {
                throw new SQLException("DBMS_LOCK reported a deadlock on lock id " + id);
            }
            LockPlan plan = LockPlan.after(outcome);
            String kind = "a DBMS_LOCK user lock (id " + id + ")";
            boolean taken = plan != null;
            if (plan != null) {
                userLock = plan.userLock();
                String rowLock = "a row lock on " + tables.schema() + "." + tables.lock();
                if (!userLock) {
                    LOG.debug("no EXECUTE on DBMS_LOCK: the migration lock is {}", rowLock);
                }
                if (RowLock.tableExists(c, tables) || createTable(plan, tables)) {
                    kind = userLock ? rowLock + ", which migrators without EXECUTE on DBMS_LOCK hold" : rowLock;
                    taken = RowLock.lock(c, tables, timeout.minusNanos(System.nanoTime() - start));
                }
            }
            if (!taken) {
                throw new FluxException(ErrorCode.LOCK, timedOut(c, kind));
            }
            label(c, LockHolder.action(id), "flux pid " + ProcessHandle.current().pid() + " since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS));
            connection = c;
        } catch (SQLException e) {
            releaseQuietly(c);
            throw SqlFailure.of(ErrorCode.LOCK, e).scrubbing(context.secrets()::scrub).exception("could not take the migration lock", "flux locks with"
                    + " DBMS_LOCK when the user may execute it, else with a row of the table "
                    + tables.schema() + "." + tables.lock() + ", which it creates: grant EXECUTE ON"
                    + " SYS.DBMS_LOCK, or let the user create and update that table.");
        } catch (FluxException e) {
            releaseQuietly(c);
            throw e;
        }
    }

    /** Creates the lock table; false when the plan let a privilege failure pass. */
    private boolean createTable(LockPlan plan, FluxTables tables) throws SQLException {
        try {
            RowLock.createTable(dataSource, tables);
            return true;
        } catch (SQLException e) {
            if (!plan.ignores(e)) {
                throw e;
            }
            LOG.debug("may not create the lock table {}.{}, so only the DBMS_LOCK user lock is held until it exists: {}",
                    tables.schema(), tables.lock(), context.secrets().scrub(e.getMessage()));
            return false;
        }
    }

    /** Fails with {@code LOCK} unless the lock's session is alive. */
    @Override
    public void check() {
        if (connection == null) {
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
            throw new FluxException(ErrorCode.LOCK, "the migration lock was lost: its database session ended"
                    + " (was it killed, or the database restarted?), so another migrator may now hold it. flux"
                    + " stopped before committing; check the state with status and run the command again.");
        }
    }

    /** Releases the lock and closes its connection; does nothing when not held. */
    @Override
    public void unlock() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            releaseQuietly(c);
        }
    }

    /** The same as {@link #unlock()}: the lock's connection lives only while the lock is held. */
    @Override
    public void close() {
        unlock();
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(context.secrets()::scrub).exception("could not open the connection that holds the"
                    + " migration lock", "Check the URL, user and password, and that the database is reachable.");
        }
    }

    private String timedOut(Connection c, String kind) {
        String who = LockHolder.describe(c, id);
        String wait = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        String holder = who != null ? " — " + who
                : " (flux cannot tell who: grant SELECT ON SYS.GV_$SESSION (or SYS.V_$SESSION, or SELECT_CATALOG_ROLE) to the migration user to see the holder here)";
        return "could not take the migration lock within " + wait + ": another migrator holds it" + holder
                + ". Wait for it to finish and run the command again, or stop the process that holds it: the lock"
                + " disappears as soon as its database session ends. To wait longer, raise lock_timeout in"
                + " [backend] (now " + wait + "). The lock is " + kind + ".";
    }

    private void label(Connection c, String action, String clientInfo) {
        try {
            Sessions.label(c, module, action, clientInfo);
        } catch (SQLException e) {
            LOG.debug("could not label the lock session with DBMS_APPLICATION_INFO: {}", context.secrets().scrub(e.getMessage()));
        }
    }

    private void releaseQuietly(Connection c) {
        List<SessionReset.Step> steps = new ArrayList<>();
        if (userLock) {
            int held = id;
            steps.add(s -> UserLock.release(s, held));
        }
        steps.add(SessionReset::endTransaction);
        steps.add(s -> Sessions.label(s, null, null, null));
        userLock = false;
        for (SQLException e : SessionReset.run(c, steps)) {
            LOG.debug("releasing the migration lock: {}", context.secrets().scrub(e.getMessage()));
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing the lock connection: {}", context.secrets().scrub(e.getMessage()));
        }
    }
}
