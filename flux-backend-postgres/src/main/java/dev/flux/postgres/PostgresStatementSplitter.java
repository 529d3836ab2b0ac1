package dev.flux.postgres;

import dev.flux.postgres.internal.ScriptScanner;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.List;

/**
 * Splits PostgreSQL scripts the way the server reads them: {@code ;} ends a statement except inside
 * strings ({@code '...'} with {@code ''}, {@code E'...'} with backslash escapes), dollar quotes
 * ({@code $$...$$}, {@code $fn$...$fn$}), quoted identifiers, line and nested block comments,
 * parentheses and {@code BEGIN ATOMIC ... END} function bodies. It refuses what only {@code psql}
 * understands: backslash meta-commands and {@code COPY ... FROM stdin}. Thread-safe and stateless.
 */
public final class PostgresStatementSplitter implements StatementSplitter {

    @Override
    public List<SqlStatement> split(String script) {
        String text = script.replace("\r\n", "\n").replace('\r', '\n');
        return new ScriptScanner(text).statements();
    }
}
