package dev.flux.oracle.internal;

import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one script into the statements the database receives, the way SQL*Plus reads it (see
 * {@link dev.flux.oracle.OracleStatementSplitter} for the rules). One instance per script.
 */
public final class ScriptReader {
    private static final Logger LOG = LoggerFactory.getLogger("dev.flux.oracle.script");
    /** Words that cannot start a PL/SQL statement, so after a {@code ;} inside a unit they start a new one. */
    private static final Set<String> DDL = Set.of("CREATE", "ALTER", "DROP", "GRANT", "REVOKE");

    private final String text;
    private final Lines lines;
    private final Lexer lexer;
    private final SqlPlusLine sqlPlus;
    private final List<Read> out = new ArrayList<>();
    private final List<String> prompts = new ArrayList<>();
    private int pos;

    public ScriptReader(String script) {
        this.text = script;
        this.lines = new Lines(script);
        this.lexer = new Lexer(script, lines);
        this.sqlPlus = new SqlPlusLine(lexer);
    }

    /** The statements, in order, each with the line of its first token. */
    public List<SqlStatement> statements() {
        while (true) {
            pos = lexer.skipSpace(pos);
            if (pos >= text.length()) {
                break;
            }
            if (isSlashLine(pos)) {
                pos = lines.endOf(pos);
            } else {
                SqlPlusLine.Command command = sqlPlus.at(pos);
                if (command == null) {
                    statement();
                } else {
                    pos = command.end();
                    handle(command);
                }
            }
        }
        List<SqlStatement> statements = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Read r = out.get(i);
            List<String> after = i == out.size() - 1 ? prompts : List.of();
            statements.add(new SqlStatement(Prompts.attach(r.prompts(), after, r.sql()), r.line()));
        }
        if (out.isEmpty() && !prompts.isEmpty()) {
            LOG.debug("PROMPT lines of a script without statements are not shown: {}", prompts);
        }
        return statements;
    }

    /** A statement read, with the prompts to log before it. */
    private record Read(List<String> prompts, String sql, int line) {
    }

    private void handle(SqlPlusLine.Command command) {
        switch (command.command().policy()) {
            case SKIP -> LOG.debug("line {}: SQL*Plus command skipped, not sent: {}", command.line(),
                    command.text());
            case PROMPT -> {
                if (!command.argument().isEmpty()) {
                    prompts.add(command.argument());
                }
            }
            case EXECUTE -> emit("BEGIN " + sqlPlus.executeBody(command) + "; END;", command.line());
            case REFUSE -> throw new ScriptSyntaxException(command.line(), SqlPlusLine.refusal(command));
        }
    }

    private void statement() {
        int start = pos;
        StatementKind kind = StatementKind.at(lexer, pos);
        if (kind == StatementKind.FOREIGN_SOURCE) {
            foreignSource(start);
            return;
        }
        int end = -1;
        int endBeforeSemicolon = -1;
        boolean afterSemicolon = false;
        while (true) {
            int p = lexer.skipSpace(pos);
            if (p >= text.length() || isSlashLine(p)) {
                if (p < text.length()) {
                    pos = lines.endOf(p);
                } else if (kind != StatementKind.PLAIN) {
                    throw notTerminated(start, null);
                } else {
                    pos = p;
                }
                emit(start, kind == StatementKind.INLINE_PLSQL && afterSemicolon ? endBeforeSemicolon : end);
                return;
            }
            Token t = lexer.next(p);
            pos = t.end();
            if (t.isSymbol(';')) {
                if (kind == StatementKind.PLAIN) {
                    emit(start, end);
                    return;
                }
                afterSemicolon = true;
            } else {
                SqlPlusLine.checkSubstitution(lexer, t);
                if (kind != StatementKind.PLAIN && afterSemicolon && startsNewStatement(t)) {
                    throw notTerminated(start, t);
                }
                if (kind == StatementKind.PLAIN && t.is("WITH") && StatementKind.startsInlinePlsql(lexer, t.end())) {
                    kind = StatementKind.INLINE_PLSQL;
                }
                afterSemicolon = false;
                endBeforeSemicolon = t.end();
            }
            end = t.end();
        }
    }

    /**
     * A Java or JavaScript source: its text is not read as SQL, so it ends at the first line holding only
     * {@code /}, wherever that is, as in SQL*Plus.
     */
    private void foreignSource(int start) {
        int body = StatementKind.foreignSourceStart(lexer, start);
        for (int line = lines.nextLineStart(body); line < text.length(); line = lines.nextLineStart(line)) {
            int p = line;
            while (p < lines.endOf(line) && Lexer.isSpace(text.charAt(p))) {
                p++;
            }
            if (p < text.length() && isSlashLine(p)) {
                int end = line;
                while (end > start && Lexer.isSpace(text.charAt(end - 1))) {
                    end--;
                }
                emit(start, end);
                pos = lines.endOf(p);
                return;
            }
        }
        throw new ScriptSyntaxException(lines.lineOf(start), "the Java or JavaScript source starting here ("
                + lexer.excerpt(start) + ") is not terminated: end it with a line holding only / after its last"
                + " line. Its code is not read as SQL, so only such a line ends it.");
    }

    private void emit(int start, int end) {
        if (end > start) {
            emit(text.substring(start, end), lines.lineOf(start));
        }
    }

    private void emit(String sql, int line) {
        out.add(new Read(List.copyOf(prompts), sql, line));
        prompts.clear();
    }

    /** Whether {@code t}, right after a {@code ;} inside a PL/SQL unit, starts the next statement. */
    private boolean startsNewStatement(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        if (DDL.contains(t.word())) {
            return true;
        }
        if (!t.word().equals("SHOW") && !t.word().equals("SHO")) {
            return false;
        }
        Token next = lexer.next(lexer.skipSpace(t.end()));
        return next.kind() == Token.Kind.WORD && next.word().startsWith("ERR");
    }

    private ScriptSyntaxException notTerminated(int start, Token next) {
        String unit = "the PL/SQL unit starting here (" + lexer.excerpt(start) + ") ";
        String fix = ": end it with a line holding only / after its last line (END; for a block, procedure,"
                + " package, trigger or type body).";
        if (next == null) {
            return new ScriptSyntaxException(lines.lineOf(start), unit + "is not terminated" + fix);
        }
        return new ScriptSyntaxException(lines.lineOf(start), unit + "is not terminated before the statement"
                + " on line " + lines.lineOf(next.start()) + " (" + lexer.excerpt(next.start()) + ")" + fix);
    }

    /** Whether the line holding {@code p} holds only a {@code /} at {@code p}, and white space. */
    private boolean isSlashLine(int p) {
        if (text.charAt(p) != '/' || text.startsWith("/*", p)) {
            return false;
        }
        for (int i = lines.startOf(p); i < p; i++) {
            if (!Lexer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        for (int i = p + 1; i < lines.endOf(p); i++) {
            if (!Lexer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
