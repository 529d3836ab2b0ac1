package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.StepKind;
import dev.flux.spi.SqlStatement;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * Turns a database error into a {@link FluxException} that says which statement failed, where, what the
 * database said, what state it left, and what to do. Driver exceptions are not chained: they may carry
 * secrets, so only their scrubbed message is kept.
 */
final class StatementFailure {
    private final UnaryOperator<String> scrub;

    StatementFailure(UnaryOperator<String> scrub) {
        this.scrub = scrub;
    }

    FluxException ofStatement(Action action, int index, SQLException e, boolean transactional) {
        SqlStatement statement = action.statements().get(index);
        int total = action.statements().size();
        String where = action.id() + " failed at statement " + (index + 1) + " of " + total + " ("
                + action.script().location() + ":" + statement.line() + "): " + database(e) + ".";
        if (action.migration() == null) {
            return new FluxException(ErrorCode.REPEATABLE, where + " Migrations committed before it stay "
                    + "recorded. Fix the script and run the command again.");
        }
        String verb = action.kind() == StepKind.UNDO ? "undo" : "migration";
        if (transactional) {
            return new FluxException(ErrorCode.SQL, where + " The " + verb + " was rolled back: nothing of it "
                    + "is left in the database. Fix the statement and run the command again.");
        }
        return new FluxException(ErrorCode.SQL, where + " " + index + " of " + total + " statements completed "
                + "and are recorded in a failed history row (this database cannot roll back DDL). Undo their "
                + "effects by hand, run repair, then run the command again.");
    }

    FluxException ofHistory(Action action, SQLException e) {
        return new FluxException(ErrorCode.SQL, "could not record " + action.id() + " in the history table: "
                + database(e) + ". Check that the migration user may write the history table.");
    }

    String database(SQLException e) {
        StringBuilder sb = new StringBuilder();
        sb.append("[SQLState ").append(e.getSQLState());
        if (e.getErrorCode() != 0) {
            sb.append(", error ").append(e.getErrorCode());
        }
        sb.append("] ");
        sb.append(scrub.apply(String.valueOf(e.getMessage()).strip()));
        return sb.toString();
    }
}
