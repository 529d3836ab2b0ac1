package dev.flux.postgres.internal;

import dev.flux.spi.ScriptSyntaxException;
import java.util.Locale;

/**
 * The key words of one statement that matter for splitting: {@code BEGIN ATOMIC ... END} bodies (with
 * the {@code CASE ... END} inside them), inside which {@code ;} does not end the statement, and
 * {@code COPY ... FROM stdin} / {@code TO stdout}, which need psql.
 */
final class StatementWords {
    private String first;
    private String previous;
    private int previousLine;
    private int atomicDepth;
    private int atomicLine;
    private String copyEnd;

    /** An unquoted word at {@code line}; {@code parenDepth} is how many parentheses are open. */
    void accept(String word, int line, int parenDepth) {
        String w = word.toUpperCase(Locale.ROOT);
        if (first == null) {
            first = w;
        }
        if (w.equals("ATOMIC") && "BEGIN".equals(previous)) {
            if (atomicDepth++ == 0) {
                atomicLine = previousLine;
            }
        } else if (atomicDepth > 0 && w.equals("CASE")) {
            atomicDepth++;
        } else if (atomicDepth > 0 && w.equals("END")) {
            atomicDepth--;
        }
        if ("COPY".equals(first) && parenDepth == 0
                && (("FROM".equals(previous) && w.equals("STDIN")) || ("TO".equals(previous) && w.equals("STDOUT")))) {
            copyEnd = previous + " " + w;
        }
        previous = w;
        previousLine = line;
    }

    /** Any other token: a string, a quoted identifier, a number or punctuation. */
    void other() {
        previous = null;
    }

    /** Whether the statement is inside a {@code BEGIN ATOMIC} body, where {@code ;} separates its parts. */
    boolean inAtomicBody() {
        return atomicDepth > 0;
    }

    /** The line of a {@code BEGIN ATOMIC} not yet closed, or 0. */
    int openAtomicLine() {
        return atomicDepth > 0 ? atomicLine : 0;
    }

    /** Fails when the statement, starting at {@code line}, is a COPY from or to the client. */
    void refuseCopyFromClient(int line) {
        if ("FROM STDIN".equals(copyEnd)) {
            throw new ScriptSyntaxException(line, "COPY ... FROM stdin reads rows that psql sends after the "
                    + "statement, and flux has no such rows to send. Use INSERT statements, or COPY from a file "
                    + "the database server can read (COPY t FROM '/path/on/the/server.csv').");
        }
        if ("TO STDOUT".equals(copyEnd)) {
            throw new ScriptSyntaxException(line, "COPY ... TO stdout writes rows for psql to show; in a migration "
                    + "they go nowhere. Remove the statement, or COPY to a file on the database server.");
        }
    }
}
