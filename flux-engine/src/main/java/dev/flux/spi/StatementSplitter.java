package dev.flux.spi;

import java.util.List;

/** Splits a script into statements in the dialect of one backend; needs no connection. */
public interface StatementSplitter {
    /**
     * The statements of {@code script} in order, without their terminators; statements holding only
     * comments and whitespace are dropped.
     *
     * @throws ScriptSyntaxException naming the line of an unterminated string, comment or block
     */
    List<SqlStatement> split(String script);
}
