package dev.flux;

/**
 * The one exception type of flux. Its message starts with the {@link ErrorCode} and says what went
 * wrong, where, and how to fix it. It never contains a password.
 */
public class FluxException extends RuntimeException {
    private final ErrorCode code;

    public FluxException(ErrorCode code, String message) {
        super(code.id() + ": " + message);
        this.code = code;
    }

    public FluxException(ErrorCode code, String message, Throwable cause) {
        super(code.id() + ": " + message, cause);
        this.code = code;
    }

    /** The stable code of this error. */
    public ErrorCode code() {
        return code;
    }
}
