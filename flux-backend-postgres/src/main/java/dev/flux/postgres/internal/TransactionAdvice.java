package dev.flux.postgres.internal;

import dev.flux.spi.SqlStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What PostgreSQL's transaction rules mean for a migration: statements that cannot run in a transaction
 * block need {@code -- flux:no-transaction}, and a migration that flux runs in a transaction must not
 * commit or roll back by itself. Errors keep their SQLState so that the engine's message (migration,
 * file, statement number, line) still applies.
 */
final class TransactionAdvice {
    /** SQLState of "... cannot run inside a transaction block". */
    static final String NO_TRANSACTION_BLOCK = "25001";
    /** SQLState of "unsafe use of new value ... of enum type". */
    static final String UNSAFE_NEW_ENUM_VALUE = "55P04";

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)(BEGIN|START\\s+TRANSACTION|COMMIT|END|ABORT|ROLLBACK(?!\\s+(TO|PREPARED)\\b))\\b.*");
    private static final String DIRECTIVE = "-- flux:no-transaction";

    private TransactionAdvice() {
    }

    /** Refuses COMMIT, ROLLBACK, BEGIN and the like in a migration that runs in flux's transaction. */
    static void checkStatement(SqlStatement statement, boolean inTransaction) throws SQLException {
        if (inTransaction && TRANSACTION_CONTROL.matcher(statement.sql()).matches()) {
            String word = statement.sql().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            throw new SQLException("flux refuses " + word + " here: flux runs this migration in a transaction and "
                    + "commits it together with its history row, so the migration must not begin, commit or roll "
                    + "back transactions itself. Remove the statement, or add " + DIRECTIVE + " as the first "
                    + "line of the migration to manage transactions yourself", "25000");
        }
    }

    /** {@code e}, or an exception with the same SQLState whose message says how to fix the migration. */
    static SQLException explain(SQLException e, boolean inTransaction) {
        String advice = null;
        if (inTransaction && NO_TRANSACTION_BLOCK.equals(e.getSQLState())) {
            advice = "PostgreSQL runs this statement only outside a transaction block: add " + DIRECTIVE
                    + " as the first line of the migration (flux then runs it statement by statement, recording "
                    + "progress in the history table), and keep such a migration to the statements that need it";
        } else if (inTransaction && UNSAFE_NEW_ENUM_VALUE.equals(e.getSQLState())) {
            advice = "a value added to an enum type can be used only after its transaction commits: move "
                    + "ALTER TYPE ... ADD VALUE into a migration of its own, before the one that uses the value";
        }
        if (advice == null) {
            return e;
        }
        return new SQLException(String.valueOf(e.getMessage()).strip() + ". " + advice, e.getSQLState(),
                e.getErrorCode());
    }
}
