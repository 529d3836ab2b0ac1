package dev.flux.postgres.internal;

import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a script (with {@code \n} line ends) once and cuts it into statements, following PostgreSQL's
 * lexical rules. A statement's text runs from its first token to its last, without the {@code ;}, and
 * its line is the line of its first token; leading comments are left out, inner ones kept.
 */
public final class ScriptScanner {
    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private StatementWords words = new StatementWords();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int start = -1;
    private int startLine;
    private int end;
    private int parenDepth;
    private int parenLine;

    public ScriptScanner(String text) {
        this.text = text;
    }

    /** The statements, in order. */
    public List<SqlStatement> statements() {
        while (pos < text.length()) {
            step();
        }
        if (words.openAtomicLine() > 0) {
            throw new ScriptSyntaxException(words.openAtomicLine(), "BEGIN ATOMIC function body is never closed:"
                    + " end it with END (each CASE inside needs its own END), then ';'.");
        }
        if (parenDepth > 0) {
            throw new ScriptSyntaxException(parenLine, "'(' is never closed: add the missing ')'.");
        }
        finishStatement();
        return statements;
    }

    private void step() {
        char c = text.charAt(pos);
        if (c == '\n' || Character.isWhitespace(c)) {
            advance();
            return;
        }
        if (startsWith("--")) {
            int eol = text.indexOf('\n', pos);
            pos = eol < 0 ? text.length() : eol;
            return;
        }
        if (startsWith("/*")) {
            blockComment();
            return;
        }
        int tokenStart = pos;
        int tokenLine = line;
        if (c == '\\' && text.substring(lineStart, pos).isBlank()) {
            throw MetaCommands.refuse(text.substring(pos).split("\\s", 2)[0], line);
        }
        if (c == ';' && parenDepth == 0 && !words.inAtomicBody()) {
            pos++;
            finishStatement();
            return;
        }
        if (Identifiers.isStart(c)) {
            word();
        } else {
            other(c);
        }
        if (start < 0) {
            start = tokenStart;
            startLine = tokenLine;
        }
        end = pos;
    }

    private void word() {
        int from = pos;
        while (pos < text.length() && Identifiers.isPart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(from, pos);
        if (word.equalsIgnoreCase("E") && pos < text.length() && text.charAt(pos) == '\'') {
            quoted('\'', true, "string");
            words.other();
        } else {
            words.accept(word, line, parenDepth);
        }
    }

    private void other(char c) {
        switch (c) {
            case '\'' -> quoted('\'', false, "string");
            case '"' -> quoted('"', false, "quoted identifier");
            case '$' -> dollar();
            case '(' -> {
                if (parenDepth++ == 0) {
                    parenLine = line;
                }
                pos++;
            }
            case ')' -> {
                parenDepth = Math.max(0, parenDepth - 1);
                pos++;
            }
            default -> pos++;
        }
        words.other();
    }

    private void quoted(char quote, boolean backslashEscapes, String what) {
        int openLine = line;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new ScriptSyntaxException(openLine, "unterminated " + what + ": the " + quote
                        + " opened here is never closed. Close it" + (quote == '\'' ? " (write '' for a quote "
                        + "inside a string)" : "") + ".");
            }
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\' && pos + 1 < text.length()) {
                pos++;
                advance();
            } else if (c == quote && pos + 1 < text.length() && text.charAt(pos + 1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return;
            } else {
                advance();
            }
        }
    }

    private void dollar() {
        int tagEnd = pos + 1;
        if (tagEnd < text.length() && Identifiers.isDollarTagStart(text.charAt(tagEnd))) {
            while (tagEnd < text.length() && Identifiers.isDollarTagPart(text.charAt(tagEnd))) {
                tagEnd++;
            }
        }
        if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
            pos++;
            return;
        }
        String delimiter = text.substring(pos, tagEnd + 1);
        int close = text.indexOf(delimiter, tagEnd + 1);
        if (close < 0) {
            throw new ScriptSyntaxException(line, "unterminated dollar-quoted string: " + delimiter + " opened "
                    + "here is never closed. Close it with the same " + delimiter + ".");
        }
        pos = tagEnd + 1;
        while (pos < close) {
            advance();
        }
        pos = close + delimiter.length();
    }

    private void blockComment() {
        int openLine = line;
        int depth = 0;
        do {
            if (pos >= text.length()) {
                throw new ScriptSyntaxException(openLine, "unterminated block comment: the /* opened here is never "
                        + "closed. Close it with */ (comments nest: every /* inside needs its own */).");
            }
            if (startsWith("/*")) {
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
            } else {
                advance();
            }
        } while (depth > 0);
    }

    private void finishStatement() {
        if (start >= 0) {
            words.refuseCopyFromClient(startLine);
            statements.add(new SqlStatement(text.substring(start, end), startLine));
        }
        start = -1;
        words = new StatementWords();
    }

    /** Moves past one character, counting lines. */
    private void advance() {
        if (text.charAt(pos++) == '\n') {
            line++;
            lineStart = pos;
        }
    }

    private boolean startsWith(String token) {
        return text.startsWith(token, pos);
    }
}
