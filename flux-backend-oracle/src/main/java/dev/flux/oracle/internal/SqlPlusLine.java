package dev.flux.oracle.internal;

import dev.flux.spi.ScriptSyntaxException;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds SQL*Plus command lines where a statement would start, and turns {@code EXECUTE} into PL/SQL. A
 * command runs to the end of its line; for every command but {@code PROMPT} and {@code REMARK}, a line
 * ending in {@code -} continues it on the next line, as in SQL*Plus.
 */
final class SqlPlusLine {
    private final Lexer lexer;
    private final String text;
    private final Lines lines;

    /**
     * A command line: the command, the word it was written as, its line, where it starts and ends, its
     * text, the text after the word ({@code argument}), and the offsets of continuation hyphens.
     */
    record Command(SqlPlusCommand command, String word, int line, int start, int argumentStart, int end,
                   String text, String argument, Set<Integer> hyphens) {
    }

    SqlPlusLine(Lexer lexer) {
        this.lexer = lexer;
        this.text = lexer.text();
        this.lines = lexer.lines();
    }

    /** The SQL*Plus command starting at {@code pos}, or null when a SQL statement starts there. */
    Command at(int pos) {
        String word;
        SqlPlusCommand command;
        if (text.charAt(pos) == '@') {
            word = text.startsWith("@@", pos) ? "@@" : "@";
            command = SqlPlusCommand.START;
        } else {
            word = letters(pos);
            int after = pos + word.length();
            if (word.isEmpty() || (after < text.length() && Lexer.isWordPart(text.charAt(after)))) {
                return null;
            }
            command = SqlPlusCommand.of(word, letters(skipBlanks(after)));
            if (command == null) {
                return null;
            }
        }
        Set<Integer> hyphens = new HashSet<>();
        int end = lines.endOf(pos);
        while (command.continues() && end < text.length()) {
            int last = end - 1;
            while (last > pos && Lexer.isSpace(text.charAt(last))) {
                last--;
            }
            if (text.charAt(last) != '-') {
                break;
            }
            hyphens.add(last);
            end = lines.endOf(lines.nextLineStart(end));
        }
        int argumentStart = pos + word.length();
        return new Command(command, word, lines.lineOf(pos), pos, argumentStart, end,
                text.substring(pos, end).strip(), text.substring(argumentStart, end).strip(), hyphens);
    }

    /** The PL/SQL statement of {@code EXEC ...}: its text without continuation hyphens and final {@code ;}. */
    String executeBody(Command exec) {
        int first = -1;
        int last = -1;
        int p = lexer.skipSpace(exec.argumentStart());
        while (p < exec.end()) {
            Token t = lexer.next(p);
            if (t.end() > exec.end()) {
                throw new ScriptSyntaxException(exec.line(), exec.word() + " runs to the end of its line, but a"
                        + " string or name starting on line " + lines.lineOf(t.start()) + " is not closed before"
                        + " the line ends; close it, or end the line with ' -' to continue the command");
            }
            checkSubstitution(lexer, t);
            if (!exec.hyphens().contains(t.start()) && !t.isSymbol(';')) {
                first = first < 0 ? t.start() : first;
                last = t.end();
            }
            p = lexer.skipSpace(t.end());
        }
        if (first < 0) {
            throw new ScriptSyntaxException(exec.line(), exec.word() + " needs a PL/SQL call to run, for example"
                    + " EXEC dbms_stats.gather_schema_stats(USER)");
        }
        StringBuilder body = new StringBuilder();
        for (int i = first; i < last; i++) {
            if (!exec.hyphens().contains(i)) {
                body.append(text.charAt(i));
            }
        }
        return body.toString();
    }

    /** Why flux refuses a SQL*Plus command, and what to do instead. */
    static String refusal(Command c) {
        String shown = c.text().length() > 40 ? c.text().substring(0, 40) + "..." : c.text();
        String name = c.word().startsWith("@") ? c.word() + " (START)" : c.command().fullName();
        String what = "'" + shown.replaceAll("\\s+", " ") + "': " + name
                + " is a SQL*Plus command that flux does not support: ";
        return what + switch (c.command()) {
            case START -> "it runs another script, but each flux script is one migration. Copy the statements"
                    + " into this script, or make the other script a migration of its own.";
            case DEFINE, UNDEFINE, ACCEPT -> "flux has no substitution variables and runs scripts as written."
                    + " Write the value into the script, or return the SQL from a Java migration.";
            case VARIABLE, PRINT -> "flux has no bind variables. Use a variable of a PL/SQL block instead"
                    + " (DECLARE v NUMBER; BEGIN ... END; followed by a line holding only /).";
            case HOST -> "flux does not run operating system commands. Remove the line.";
            case CONNECT, DISCONNECT -> "flux runs every migration on its own connection. Remove the line; to"
                    + " migrate another schema, set schema in [backend].";
            case EXIT, QUIT -> "flux always runs the whole script and stops at the first error. Remove the line.";
            default -> "it only changes how SQL*Plus shows results or waits for input. Remove the line.";
        };
    }

    /** Fails on {@code &name} and {@code &&name} outside strings and comments: SQL*Plus substitution. */
    static void checkSubstitution(Lexer lexer, Token t) {
        String text = lexer.text();
        if (t.isSymbol('&') && t.end() < text.length()
                && (Lexer.isWordPart(text.charAt(t.end())) || text.charAt(t.end()) == '&')) {
            throw new ScriptSyntaxException(lexer.lines().lineOf(t.start()), lexer.excerpt(t.start())
                    + ": & starts a SQL*Plus substitution variable, which flux does not support: it sends"
                    + " scripts as written. Write the value itself, or return the SQL from a Java migration."
                    + " (An & inside a string literal is sent as it is.)");
        }
    }

    private String letters(int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private int skipBlanks(int from) {
        int p = from;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
