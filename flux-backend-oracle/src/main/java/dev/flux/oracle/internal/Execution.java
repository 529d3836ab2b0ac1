package dev.flux.oracle.internal;

import dev.flux.Secrets;
import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one statement of a migration: logs the {@code PROMPT} text the splitter put in front of it, sends
 * it with JDBC escape processing off (so {@code {...}} in PL/SQL and literals stays as written), fails it
 * when it created PL/SQL, a view or anything else the driver reports as compiled with errors, and logs
 * its {@code DBMS_OUTPUT}.
 */
final class Execution {
    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);

    private Execution() {
    }

    /** {@code secrets} are masked in everything logged. */
    static void run(Connection c, SqlStatement statement, Secrets secrets) throws SQLException {
        Prompts.Found prompts = Prompts.of(statement.sql());
        prompts.before().forEach(text -> LOG.info("PROMPT {}", text));
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(statement.sql());
            SQLWarning warnings = s.getWarnings();
            logWarnings(warnings, statement, secrets);
            boolean driverWarned = CompileErrors.driverWarned(warnings);
            CompiledUnit unit = CompiledUnit.of(statement.sql());
            if (unit != null) {
                CompileErrors.check(c, unit, statement, driverWarned);
            } else if (driverWarned && isCreateOrAlter(statement.sql())) {
                throw CompileErrors.unexplained("what the statement " + head(statement.sql()) + " created");
            }
        } finally {
            DbmsOutput.log(c, secrets);
        }
        prompts.after().forEach(text -> LOG.info("PROMPT {}", text));
    }

    /**
     * Whether {@code sql} is a {@code CREATE} or {@code ALTER}, the statements that compile something; the
     * driver's warning 17110 on others is left alone.
     */
    static boolean isCreateOrAlter(String sql) {
        Lexer lexer = new Lexer(sql, new Lines(sql));
        int p = lexer.skipSpace(0);
        if (p >= sql.length()) {
            return false;
        }
        Token first = lexer.next(p);
        return first.is("CREATE") || first.is("ALTER");
    }

    /** The first 40 characters of the statement's first line, behind its prompt comments. */
    static String head(String sql) {
        Lexer lexer = new Lexer(sql, new Lines(sql));
        return "'" + lexer.excerpt(lexer.skipSpace(0)) + "'";
    }

    private static void logWarnings(SQLWarning warning, SqlStatement statement, Secrets secrets) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            LOG.debug("line {}: the driver warns (vendor code {}): {}", statement.line(), w.getErrorCode(),
                    secrets.scrub(w.getMessage()));
        }
    }
}
