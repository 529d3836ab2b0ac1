package dev.flux.mariadb;

import dev.flux.mariadb.internal.ScriptScanner;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.List;

/**
 * Splits MariaDB and MySQL scripts the way the {@code mariadb} and {@code mysql} clients do: a statement ends
 * at the delimiter ({@code ;} until a {@code DELIMITER xx} line changes it; such lines are the client's and
 * are never sent) outside strings ({@code '...'} and {@code "..."}, with backslash escapes and doubled
 * quotes), backtick names and comments ({@code #}, {@code -- } with a space, {@code /* ... *}{@code /}).
 * Executable comments ({@code /*! ... *}{@code /}, {@code /*!50003 ... *}{@code /}, {@code /*M! ... *}{@code /})
 * are kept in the statement. With the delimiter {@code ;}, the {@code BEGIN ... END} body of a
 * {@code CREATE PROCEDURE}, {@code FUNCTION}, {@code TRIGGER} or {@code EVENT} (and a
 * {@code BEGIN NOT ATOMIC} block) stays one statement, so {@code DELIMITER} is optional. Other client
 * commands ({@code USE}, {@code SOURCE}, backslash commands such as {@code \G}) are refused with the line.
 * Line ends CRLF and CR are read as LF. Thread-safe and stateless.
 */
public final class MariaDbStatementSplitter implements StatementSplitter {

    @Override
    public List<SqlStatement> split(String script) {
        String text = script.replace("\r\n", "\n").replace('\r', '\n');
        return new ScriptScanner(text).statements();
    }
}
