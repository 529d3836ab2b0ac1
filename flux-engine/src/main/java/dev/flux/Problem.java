package dev.flux;

import java.util.Objects;

/**
 * One problem found by validation: its code, where it is (a file or migration id), what is wrong and how
 * to fix it.
 */
public record Problem(ErrorCode code, String where, String message, String fix) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    @Override
    public String toString() {
        return code.id() + " " + where + ": " + message + " " + fix;
    }
}
