package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import dev.flux.StepKind;
import dev.flux.spi.SqlStatement;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns a database error into a {@link FluxException} that says which statement failed, where, what the
 * database said, what state it left, and what to do. Driver exceptions are not chained: they may carry
 * secrets, so only a scrubbed stand-in is (see {@link SqlFailure}).
 */
final class StatementFailure {
    private final UnaryOperator<String> scrub;

    StatementFailure(UnaryOperator<String> scrub) {
        this.scrub = scrub;
    }

    FluxException ofStatement(Action action, int index, SQLException e, boolean transactional) {
        SqlStatement statement = action.statements().get(index);
        int total = action.statements().size();
        String place = action.script().location() + ":" + statement.line();
        String what = action.id() + " failed at statement " + (index + 1) + " of " + total + " (" + place + ")";
        if (action.migration() == null) {
            return failure(ErrorCode.REPEATABLE, e).at(place).inStatement(action.id(), index + 1).exception(what,
                    "Migrations committed before it stay recorded. Fix the script and run the command again.");
        }
        SqlFailure failure = failure(ErrorCode.SQL, e).at(place).inStatement(action.id(), index + 1);
        String verb = action.kind() == StepKind.UNDO ? "undo" : "migration";
        if (transactional) {
            return failure.exception(what, "The " + verb + " was rolled back: nothing of it is left in the "
                    + "database. Fix the statement and run the command again.");
        }
        String completed = action.statements().subList(0, index).stream()
                .map(st -> action.script().location() + ":" + st.line())
                .collect(Collectors.joining(", ", " (", ")"));
        return failure.exception(what, index + " of " + total + " statements completed" + (index == 0 ? "" : completed)
                + " and are recorded in a failed history row (this database cannot roll back DDL). Undo their"
                + " effects by hand, run repair, then run the command again.");
    }

    FluxException ofHistory(Action action, SQLException e) {
        return failure(ErrorCode.SQL, e).at(action.id()).exception("could not record " + action.id()
                + " in the history table", "Check that the migration user may write the history table.");
    }

    FluxException ofRollback(Action action, SQLException e) {
        return failure(ErrorCode.SQL, e).at(action.id()).exception("could not roll back the transaction of "
                + action.id() + " after it failed", "The database rolls back a transaction that was not committed "
                + "when its session ends; check the state with status before running the command again.");
    }

    FluxException ofHistoryTable(SQLException e) {
        return failure(ErrorCode.SQL, e).exception("could not read or write the history table", "Check that the "
                + "database is reachable and the user may create and write the table.");
    }

    private SqlFailure failure(ErrorCode code, SQLException e) {
        return SqlFailure.of(code, e).scrubbing(scrub);
    }
}
