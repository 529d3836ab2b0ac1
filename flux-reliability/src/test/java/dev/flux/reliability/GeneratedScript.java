package dev.flux.reliability;

import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A script built from fragments, and the statements a splitter must find in it: each statement's text
 * from its first token to its last, and the line of its first token. Fillers (white space, comments,
 * terminators) belong to no statement.
 */
final class GeneratedScript {
    private final StringBuilder text = new StringBuilder();
    private final List<SqlStatement> statements = new ArrayList<>();
    private int line = 1;

    /** Appends text that belongs to no statement. */
    GeneratedScript filler(String filler) {
        append(filler);
        return this;
    }

    /** Appends a statement's text, which must start and end with a token. */
    GeneratedScript statement(String statement) {
        statements.add(new SqlStatement(statement, line));
        append(statement);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<SqlStatement> statements() {
        return List.copyOf(statements);
    }

    /** The same script with every line ending written as CRLF; statement texts change alike, lines do not. */
    GeneratedScript withCrLf() {
        GeneratedScript other = new GeneratedScript();
        other.text.append(text.toString().replace("\n", "\r\n"));
        statements.forEach(s -> other.statements.add(new SqlStatement(s.sql().replace("\n", "\r\n"), s.line())));
        return other;
    }

    private void append(String part) {
        text.append(part);
        line += (int) part.chars().filter(c -> c == '\n').count();
    }

    @Override
    public String toString() {
        return "script:\n" + text + "\nexpected: " + statements;
    }
}
