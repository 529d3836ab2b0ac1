package dev.flux.spi;

import dev.flux.ErrorCode;
import dev.flux.FluxException;

/**
 * A script cannot be split: an unterminated string, comment or block, or a construct the backend refuses.
 * {@code line} is the 1-based line where the offending construct starts.
 */
public class ScriptSyntaxException extends FluxException {
    private final int line;
    private final String detail;

    public ScriptSyntaxException(int line, String detail) {
        super(ErrorCode.SYNTAX, "line " + line + ": " + detail);
        this.line = line;
        this.detail = detail;
    }

    /** The 1-based line where the problem starts. */
    public int line() {
        return line;
    }

    /** What is wrong, without the line. */
    public String detail() {
        return detail;
    }
}
