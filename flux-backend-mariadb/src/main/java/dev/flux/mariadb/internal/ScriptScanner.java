package dev.flux.mariadb.internal;

import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a script (with {@code \n} line ends) once and cuts it into statements as the {@code mariadb} client
 * does. A statement's text runs from its first token to its last, without the delimiter, and its line is
 * the line of its first token; leading comments are left out, inner ones kept, executable comments
 * ({@code /*!...*}{@code /}) are tokens. {@code DELIMITER} lines change the delimiter and are never sent.
 */
public final class ScriptScanner {
    private static final String DEFAULT_DELIMITER = ";";

    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private String delimiter = DEFAULT_DELIMITER;
    private ProgramBlocks blocks = new ProgramBlocks();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int start = -1;
    private int startLine;
    private int end;

    public ScriptScanner(String text) {
        this.text = text;
    }

    /** The statements, in order. */
    public List<SqlStatement> statements() {
        while (pos < text.length()) {
            step();
        }
        finishStatement(true);
        return statements;
    }

    private void step() {
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
            advance();
            return;
        }
        if (atLineStart() && isWord("DELIMITER")) {
            if (start >= 0) {
                throw new ScriptSyntaxException(line, "DELIMITER line inside the statement that starts on line "
                        + startLine + ": end that statement with '" + delimiter + "' first (or, for a column "
                        + "named delimiter, write `delimiter`).");
            }
            delimiterLine();
            return;
        }
        if (c == '#' || startsWith("--") && (pos + 2 >= text.length() || text.charAt(pos + 2) <= ' ')) {
            int eol = text.indexOf('\n', pos);
            pos = eol < 0 ? text.length() : eol;
            return;
        }
        int tokenStart = pos;
        int tokenLine = line;
        if (startsWith("/*!") || startsWith("/*M!")) {
            comment(true);
            blocks.other();
        } else if (startsWith("/*")) {
            comment(false);
            return;
        } else if (startsWith(delimiter) && (!delimiter.equals(DEFAULT_DELIMITER) || blocks.semicolonEnds())) {
            pos += delimiter.length();
            finishStatement(false);
            return;
        } else if (c == '\\') {
            throw ClientCommands.refuseBackslash(text.substring(pos, Math.min(pos + 2, text.length())), line);
        } else if (isWordPart(c)) {
            word();
        } else {
            other(c);
        }
        if (start < 0) {
            start = tokenStart;
            startLine = tokenLine;
            String first = blocks.firstWord();
            if (first != null && ClientCommands.isCommand(first)) {
                throw ClientCommands.refuseWord(text.substring(tokenStart, pos), tokenLine);
            }
        }
        end = pos;
    }

    private void word() {
        int from = pos;
        while (pos < text.length() && isWordPart(text.charAt(pos)) && (pos == from || !startsWith(delimiter))) {
            pos++;
        }
        blocks.word(text.substring(from, pos), line);
    }

    private void other(char c) {
        switch (c) {
            case '\'' -> quoted('\'', "string", true);
            case '"' -> quoted('"', "string", true);
            case '`' -> quoted('`', "quoted name", false);
            default -> pos++;
        }
        blocks.other();
    }

    private void quoted(char quote, String what, boolean backslashEscapes) {
        int openLine = line;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new ScriptSyntaxException(openLine, "unterminated " + what + ": the " + quote + " opened here "
                        + "is never closed. Close it (write " + quote + quote + (backslashEscapes ? " or \\" + quote
                        : "") + " for a " + quote + " inside it).");
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

    /** A comment up to {@code *}{@code /}; comments do not nest. An executable one is a token. */
    private void comment(boolean executable) {
        int openLine = line;
        int close = text.indexOf("*/", pos + 2);
        if (close < 0) {
            throw new ScriptSyntaxException(openLine, "unterminated " + (executable ? "executable comment: the /*!"
                    : "block comment: the /*") + " opened here is never closed. Close it with */.");
        }
        while (pos < close) {
            advance();
        }
        pos = close + 2;
    }

    /**
     * {@code DELIMITER xx}: the rest of the line names the new delimiter, one word of characters that are
     * neither quotes nor backslashes, and not a comment marker.
     */
    private void delimiterLine() {
        int eol = text.indexOf('\n', pos);
        if (eol < 0) {
            eol = text.length();
        }
        String rest = text.substring(pos + "DELIMITER".length(), eol).strip();
        String[] words = rest.split("\\s+");
        if (rest.isEmpty() || words.length > 1) {
            throw new ScriptSyntaxException(line, "DELIMITER takes one word, the new delimiter, such as DELIMITER $$"
                    + " or DELIMITER ; (found '" + rest + "').");
        }
        if (rest.chars().anyMatch(ch -> "'\"`\\".indexOf(ch) >= 0) || rest.startsWith("#")
                || rest.startsWith("--") || rest.startsWith("/*")) {
            throw new ScriptSyntaxException(line, "the delimiter '" + rest + "' holds a quote, a backslash or a "
                    + "comment marker; choose another, such as $$ or //.");
        }
        delimiter = rest;
        pos = eol;
    }

    private void finishStatement(boolean atEnd) {
        if (start >= 0) {
            int open = delimiter.equals(DEFAULT_DELIMITER) ? blocks.openBlockLine() : 0;
            if (atEnd && open > 0) {
                throw new ScriptSyntaxException(open, "the BEGIN ... END block opened here is never closed: end it "
                        + "with END (each CASE inside needs its own END or END CASE), then ';'.");
            }
            statements.add(new SqlStatement(text.substring(start, end), startLine));
        }
        start = -1;
        blocks = new ProgramBlocks();
    }

    private boolean atLineStart() {
        return text.substring(lineStart, pos).isBlank();
    }

    /** Whether {@code word} (any case) starts here and is followed by white space or the end. */
    private boolean isWord(String word) {
        int after = pos + word.length();
        return text.regionMatches(true, pos, word, 0, word.length())
                && (after >= text.length() || Character.isWhitespace(text.charAt(after)));
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
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
