package dev.flux;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception type of flux. Its message starts with the {@link ErrorCode} and says what went
 * wrong, where, and how to fix it. It never contains a password.
 *
 * <p>Besides the message, an error carries its parts as data where they are known: {@link #where()} it
 * happened, the {@link #migrationId()} and {@link #statement()} number, the {@link #fix()}, and for a
 * database failure the {@link #sqlState()} and {@link #vendorCode()} (see {@link SqlFailure}, which builds
 * those). The cause of a database failure is a scrubbed stand-in for the driver's exception, never the
 * driver's exception itself, which may carry a password.
 */
public class FluxException extends RuntimeException {
    private final ErrorCode code;
    private final String where;
    private final String migrationId;
    private final int statement;
    private final String fix;
    private final String sqlState;
    private final Integer vendorCode;

    public FluxException(ErrorCode code, String message) {
        this(code, message, (Throwable) null);
    }

    /**
     * An error caused by {@code cause}, which must not carry a password; for database failures use
     * {@link SqlFailure}, which chains a scrubbed stand-in.
     */
    public FluxException(ErrorCode code, String message, Throwable cause) {
        super(code.id() + ": " + message, cause);
        this.code = code;
        this.where = null;
        this.migrationId = null;
        this.statement = 0;
        this.fix = null;
        this.sqlState = null;
        this.vendorCode = null;
    }

    /** An error with where it is and how to fix it, as a {@link Problem} gives them; {@code problem} may be null. */
    FluxException(ErrorCode code, String message, Problem problem) {
        super(code.id() + ": " + message);
        this.code = code;
        this.where = problem == null ? null : problem.where();
        this.migrationId = null;
        this.statement = 0;
        this.fix = problem == null ? null : problem.fix();
        this.sqlState = null;
        this.vendorCode = null;
    }

    /** A database failure, with everything {@code failure} knows of it. */
    FluxException(SqlFailure failure, String message, Throwable scrubbedCause) {
        super(failure.code().id() + ": " + message, scrubbedCause);
        this.code = failure.code();
        this.where = failure.where();
        this.migrationId = failure.migrationId();
        this.statement = failure.statement();
        this.fix = failure.fix();
        this.sqlState = failure.sqlState();
        this.vendorCode = failure.vendorCode();
    }

    /** The stable code of this error. */
    public ErrorCode code() {
        return code;
    }

    /**
     * Where the error is, as a person reads it: a file and line ({@code V2__orders.sql:3}), a migration id,
     * a class or package, or a key of {@code flux.toml}; the same form as {@link Problem#where()}. Empty when
     * the error is about no place in particular.
     */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }

    /** The id of the migration (or the name of the pre-apply or post-apply script) the error is about. */
    public Optional<String> migrationId() {
        return Optional.ofNullable(migrationId);
    }

    /** The 1-based number of the failing statement in its script, when a statement failed. */
    public OptionalInt statement() {
        return statement > 0 ? OptionalInt.of(statement) : OptionalInt.empty();
    }

    /** What to do about the error, also the end of the message; empty when the message alone says it. */
    public Optional<String> fix() {
        return Optional.ofNullable(fix);
    }

    /**
     * The SQLState the database gave for a database failure, such as {@code 42P01}; empty when the error is
     * not a database failure, or the driver gave none.
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * The database vendor's own error code of a database failure, such as Oracle's {@code 942} or H2's
     * {@code 42102}; {@code 0} where the driver has none (PostgreSQL); empty when the error is not a
     * database failure.
     */
    public OptionalInt vendorCode() {
        return vendorCode == null ? OptionalInt.empty() : OptionalInt.of(vendorCode);
    }
}
