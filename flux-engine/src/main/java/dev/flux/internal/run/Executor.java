package dev.flux.internal.run;

import dev.flux.FluxException;
import dev.flux.FluxListener;
import dev.flux.Step;
import dev.flux.StepKind;
import dev.flux.internal.discovery.Migration;
import dev.flux.spi.History;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs the actions of a schedule: one transaction per migration where the backend's DDL is
 * transactional, else the running-row protocol (a history row committed as running, then counted), or on
 * a database that ends with the process, one history write at the end (or on failure); post-apply scripts
 * even after a failure. The lock is checked before each commit.
 */
final class Executor {
    private final MigrationBackend backend;
    private final MigrationLock lock;
    private final History history;
    private final FluxListener listener;
    private final StatementFailure failures;

    Executor(MigrationBackend backend, FluxListener listener, UnaryOperator<String> scrub) {
        this.backend = backend;
        this.lock = backend.migrationLock();
        this.history = backend.history();
        this.listener = listener;
        this.failures = new StatementFailure(scrub);
    }

    /** Runs every action; returns the ids of the migrations applied or undone, in order. */
    List<String> run(List<Action> actions) {
        List<String> done = new ArrayList<>();
        FluxException failure = null;
        for (Action action : actions) {
            if (action.kind() == StepKind.POST_APPLY) {
                continue;
            }
            try {
                run(action);
            } catch (FluxException e) {
                failure = e;
                break;
            }
            if (action.migration() != null) {
                done.add(action.id());
            }
        }
        for (Action action : actions) {
            if (action.kind() != StepKind.POST_APPLY) {
                continue;
            }
            try {
                run(action);
            } catch (FluxException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
                break;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return done;
    }

    private void run(Action action) {
        Step step = action.toStep();
        if (action.skip() != null) {
            listener.stepSkipped(step, action.skip());
            return;
        }
        listener.stepStarted(step);
        long start = System.nanoTime();
        try {
            Connection c = backend.connection();
            boolean transactional = backend.transactionalDdl() && !action.script().noTransaction();
            if (transactional) {
                inTransaction(c, action);
            } else if (action.migration() != null && !backend.outlivesProcess()) {
                withOneWrite(c, action);
            } else {
                withRunningRow(action);
            }
        } catch (SQLException e) {
            FluxException failure = failures.ofHistory(action, e);
            for (Throwable alsoFailed : e.getSuppressed()) {
                if (alsoFailed instanceof FluxException scrubbed) {
                    failure.addSuppressed(scrubbed);
                }
            }
            throw failure;
        }
        listener.stepFinished(step, Duration.ofNanos(System.nanoTime() - start));
    }

    private void inTransaction(Connection c, Action action) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try {
            for (int i = 0; i < action.statements().size(); i++) {
                execute(action, i);
            }
            Migration m = action.migration();
            if (action.kind() == StepKind.APPLY) {
                history.insert(c, row(m, HistoryState.APPLIED, action.statements().size(), start));
            } else if (action.kind() == StepKind.UNDO) {
                history.delete(c, m.version());
            }
            lock.check();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            abandon(c, action, e);
            throw e;
        }
        c.setAutoCommit(true);
    }

    private void withRunningRow(Action action) throws SQLException {
        long start = System.nanoTime();
        Migration m = action.migration();
        int n = action.statements().size();
        Connection c = backend.connection();
        c.setAutoCommit(true);
        lock.check();
        HistoryState state = action.kind() == StepKind.UNDO ? HistoryState.UNDOING : HistoryState.RUNNING;
        if (action.kind() == StepKind.APPLY) {
            history.insert(c, row(m, state, 0, start));
        } else if (action.kind() == StepKind.UNDO) {
            history.update(c, row(m, state, 0, start));
        }
        for (int i = 0; i < n; i++) {
            execute(action, i);
            if (m != null && i < n - 1) {
                history.update(c, row(m, state, i + 1, start));
            }
        }
        lock.check();
        if (action.kind() == StepKind.APPLY) {
            history.update(c, row(m, HistoryState.APPLIED, n, start));
        } else if (action.kind() == StepKind.UNDO) {
            history.delete(c, m.version());
        }
    }

    /**
     * A migration on a database that ends with the process: no crash can leave a half-done migration behind
     * to be found later, so the history is written once, when the migration ends, or when a statement fails
     * (a failed row with the count of statements completed, as the running-row protocol would leave).
     */
    private void withOneWrite(Connection c, Action action) throws SQLException {
        long start = System.nanoTime();
        Migration m = action.migration();
        c.setAutoCommit(true);
        HistoryState state = action.kind() == StepKind.UNDO ? HistoryState.UNDOING : HistoryState.RUNNING;
        for (int i = 0; i < action.statements().size(); i++) {
            try {
                execute(action, i);
            } catch (FluxException failure) {
                lock.check();
                if (action.kind() == StepKind.APPLY) {
                    history.insert(c, row(m, state, i, start));
                } else {
                    history.update(c, row(m, state, i, start));
                }
                throw failure;
            }
        }
        lock.check();
        if (action.kind() == StepKind.APPLY) {
            history.insert(c, row(m, HistoryState.APPLIED, action.statements().size(), start));
        } else {
            history.delete(c, m.version());
        }
    }

    private void execute(Action action, int index) {
        try {
            backend.execute(action.statements().get(index));
        } catch (SQLException e) {
            boolean transactional = backend.transactionalDdl() && !action.script().noTransaction();
            throw failures.ofStatement(action, index, e, transactional);
        }
    }

    private static HistoryRow row(Migration m, HistoryState state, int done, long startNanos) {
        long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        return new HistoryRow(m.version(), m.id(), m.checksum(), state, done, null, millis);
    }

    /**
     * Rolls back the transaction of {@code action} after {@code cause} and restores auto-commit. When that
     * fails too (the session is gone), the failure is added to {@code cause}, scrubbed, and never replaces
     * it: what went wrong first is what the user needs to see.
     */
    private void abandon(Connection c, Action action, Exception cause) {
        SQLException failed = null;
        try {
            c.rollback();
        } catch (SQLException e) {
            failed = e;
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            failed = failed == null ? e : failed;
        }
        if (failed != null) {
            cause.addSuppressed(failures.ofRollback(action, failed));
        }
    }
}
