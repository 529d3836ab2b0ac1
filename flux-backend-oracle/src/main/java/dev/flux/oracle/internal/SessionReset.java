package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a session back the way a pool expects it before flux closes it (releasing a lock, ending the
 * transaction, clearing labels). Every step runs even when an earlier one failed, so one failure cannot
 * leave a pooled session still labelled as a lock holder.
 */
final class SessionReset {
    /** One step of a reset. */
    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    private SessionReset() {
    }

    /** Runs every step on {@code c}, in order, and returns the failures of those that failed. */
    static List<SQLException> run(Connection c, List<Step> steps) {
        List<SQLException> failures = new ArrayList<>();
        for (Step step : steps) {
            try {
                step.run(c);
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /**
     * Rolls back the open transaction and turns autocommit back on, but only when autocommit is off: with
     * it on there is no transaction, and ojdbc (12.1 and later) throws on {@code rollback()}.
     */
    static void endTransaction(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
