package dev.flux;

import dev.flux.internal.jdbc.Redactor;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Builds the {@link FluxException} of a database failure: the one place where a {@link SQLException}
 * becomes an error of flux, for the engine and for backends alike.
 *
 * <pre>{@code
 * throw SqlFailure.of(ErrorCode.SQL, e)
 *         .scrubbing(secrets)
 *         .exception("could not read the schema", "Check that the database is reachable.");
 * }</pre>
 *
 * The message says what failed, then what the database said, then what to do:
 * {@code FLUX-SQL: could not read the schema: [SQLState 42501, error 0] permission denied for schema app.
 * Check that the database is reachable.} The exception keeps the SQLState and the vendor code as data.
 * Passwords do not get through: the database's message is scrubbed of the secrets given to
 * {@link #scrubbing} and of every JDBC URL in it, and the driver's exception is not chained, since it may
 * carry a password; a stand-in is chained instead, with the scrubbed message, the same SQLState, vendor code
 * and stack trace, and stand-ins of its causes in turn.
 *
 * <p>Instances are immutable; each method returns a new one.
 */
public final class SqlFailure {
    private static final int DEEPEST_CAUSE = 16;

    private final ErrorCode code;
    private final SQLException error;
    private final UnaryOperator<String> scrub;
    private final String where;
    private final String migrationId;
    private final int statement;
    private final String fix;

    private SqlFailure(ErrorCode code, SQLException error, UnaryOperator<String> scrub, String where,
                       String migrationId, int statement, String fix) {
        this.code = code;
        this.error = error;
        this.scrub = scrub;
        this.where = where;
        this.migrationId = migrationId;
        this.statement = statement;
        this.fix = fix;
    }

    /** A failure with {@code code} (usually {@code SQL}, {@code CONNECT} or {@code LOCK}) caused by {@code error}. */
    public static SqlFailure of(ErrorCode code, SQLException error) {
        return new SqlFailure(Objects.requireNonNull(code, "code"), Objects.requireNonNull(error, "error"),
                UnaryOperator.identity(), null, null, 0, null);
    }

    /**
     * Also removes what {@code secrets} removes from the database's messages, such as the password the
     * connection was opened with. JDBC URLs are redacted in any case.
     */
    public SqlFailure scrubbing(UnaryOperator<String> secrets) {
        Objects.requireNonNull(secrets, "secrets");
        UnaryOperator<String> before = scrub;
        return new SqlFailure(code, error, message -> secrets.apply(before.apply(message)), where, migrationId,
                statement, fix);
    }

    /** Where the failure is, as a person reads it: a file and line, a migration id, a table. */
    public SqlFailure at(String place) {
        return new SqlFailure(code, error, scrub, place, migrationId, statement, fix);
    }

    /**
     * The failing statement: {@code number} (1-based) of the script of {@code id}, a migration id or the name
     * of a pre-apply or post-apply script.
     */
    public SqlFailure inStatement(String id, int number) {
        return new SqlFailure(code, error, scrub, where, id, number, fix);
    }

    /**
     * The error: {@code what} failed, what the database said, then {@code fix} (may be null). For example
     * {@code exception("could not read the history table", "Check that the user may read it.")}.
     */
    public FluxException exception(String what, String fix) {
        SqlFailure complete = new SqlFailure(code, error, scrub, where, migrationId, statement, fix);
        String message = what + ": " + databaseMessage() + "." + (fix == null ? "" : " " + fix);
        return new FluxException(complete, message, standIn(error, new IdentityHashMap<>(), 0));
    }

    /**
     * What the database said, scrubbed, for messages that quote it inside a longer text:
     * {@code [SQLState 42P01] relation "users" does not exist}. The vendor code is shown when it is not 0;
     * a trailing period is left out.
     */
    public String databaseMessage() {
        String state = error.getSQLState();
        int vendor = error.getErrorCode();
        String codes = state == null && vendor == 0 ? ""
                : "[" + (state == null ? "" : "SQLState " + state) + (state != null && vendor != 0 ? ", " : "")
                + (vendor == 0 ? "" : "error " + vendor) + "] ";
        String text = scrubbed(error.getMessage()).strip();
        return codes + (text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
    }

    private String scrubbed(String message) {
        String text = message == null || message.isBlank() ? "(the database gave no message)" : message;
        return Redactor.scrub(scrub.apply(text));
    }

    /**
     * A copy of {@code t} and its causes with scrubbed messages, keeping their stack traces and, for SQL
     * exceptions, their type, SQLState and vendor code.
     */
    private Throwable standIn(Throwable t, Map<Throwable, Boolean> seen, int depth) {
        if (t == null || depth > DEEPEST_CAUSE || seen.put(t, Boolean.TRUE) != null) {
            return null;
        }
        String message = t.getMessage() == null ? null : scrubbed(t.getMessage());
        Throwable copy = t instanceof SQLException sql
                ? new SQLException(message, sql.getSQLState(), sql.getErrorCode())
                : new ScrubbedCause(t.getClass().getName(), message);
        copy.setStackTrace(t.getStackTrace());
        Throwable cause = standIn(t.getCause(), seen, depth + 1);
        if (cause != null) {
            copy.initCause(cause);
        }
        return copy;
    }

    ErrorCode code() {
        return code;
    }

    String where() {
        return where;
    }

    String migrationId() {
        return migrationId;
    }

    int statement() {
        return statement;
    }

    String fix() {
        return fix;
    }

    String sqlState() {
        return error.getSQLState();
    }

    Integer vendorCode() {
        return error.getErrorCode();
    }

    /** Stands in for a cause that is not an {@link SQLException}; shows the type of the original. */
    private static final class ScrubbedCause extends Exception {
        private final String type;

        ScrubbedCause(String type, String message) {
            super(message);
            this.type = type;
        }

        @Override
        public String toString() {
            return getMessage() == null ? type : type + ": " + getMessage();
        }
    }
}
