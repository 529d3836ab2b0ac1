package dev.flux.oracle.internal;

import dev.flux.oracle.internal.Token.Kind;
import dev.flux.spi.ScriptSyntaxException;
import java.util.Locale;

/**
 * Reads the tokens of Oracle SQL and PL/SQL: {@code '...'} strings with {@code ''} for a quote,
 * {@code q'X...X'} and {@code nq'X...X'} strings (with {@code [] {} () <>} as pairs, any other character
 * closing itself), {@code "..."} names, {@code --} line comments and {@code /* *}{@code /} block comments
 * (which do not nest in Oracle). It fails with {@link ScriptSyntaxException} naming the line where an
 * unterminated string, name or comment starts.
 */
final class Lexer {
    private final String text;
    private final Lines lines;

    Lexer(String text, Lines lines) {
        this.text = text;
        this.lines = lines;
    }

    String text() {
        return text;
    }

    Lines lines() {
        return lines;
    }

    /** The offset of the first character at or after {@code pos} that is neither white space nor comment. */
    int skipSpace(int pos) {
        int p = pos;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (isSpace(c)) {
                p++;
            } else if (text.startsWith("--", p)) {
                p = lines.endOf(p);
            } else if (text.startsWith("/*", p)) {
                int close = text.indexOf("*/", p + 2);
                if (close < 0) {
                    throw unterminated(p, "block comment", "*/ (block comments do not nest in Oracle)");
                }
                p = close + 2;
            } else {
                return p;
            }
        }
        return p;
    }

    /** The token that starts at {@code pos}, which must be neither white space nor a comment. */
    Token next(int pos) {
        char c = text.charAt(pos);
        if (c == '\'') {
            return new Token(Kind.STRING, pos, endOfString(pos), null);
        }
        if (c == '"') {
            int close = text.indexOf('"', pos + 1);
            if (close < 0) {
                throw unterminated(pos, "quoted name", "\"");
            }
            return new Token(Kind.QUOTED_NAME, pos, close + 1, null);
        }
        if (isWordPart(c)) {
            int end = pos;
            while (end < text.length() && isWordPart(text.charAt(end))) {
                end++;
            }
            String word = text.substring(pos, end).toUpperCase(Locale.ROOT);
            if ((word.equals("Q") || word.equals("NQ")) && end < text.length() && text.charAt(end) == '\'') {
                return new Token(Kind.STRING, pos, endOfQuoted(pos, end), null);
            }
            return new Token(Kind.WORD, pos, end, word);
        }
        return new Token(Kind.SYMBOL, pos, pos + 1, String.valueOf(c));
    }

    private int endOfString(int open) {
        int p = open + 1;
        while (true) {
            int close = text.indexOf('\'', p);
            if (close < 0) {
                throw unterminated(open, "string literal", "' (write '' for a quote inside the string, or use"
                        + " q'[...]')");
            }
            if (close + 1 < text.length() && text.charAt(close + 1) == '\'') {
                p = close + 2;
            } else {
                return close + 1;
            }
        }
    }

    /** The end of {@code q'X...X'}; {@code quote} is the offset of its first {@code '}. */
    private int endOfQuoted(int open, int quote) {
        if (quote + 1 >= text.length() || isSpace(text.charAt(quote + 1))) {
            throw new ScriptSyntaxException(lines.lineOf(open), "q-quoted literal " + excerpt(open)
                    + " has no delimiter: put one right after q' (for example q'[it's]')");
        }
        char delimiter = text.charAt(quote + 1);
        char closing = closing(delimiter);
        int close = text.indexOf(closing + "'", quote + 2);
        if (close < 0) {
            throw unterminated(open, "q-quoted literal", closing + "'");
        }
        return close + 2;
    }

    private static char closing(char delimiter) {
        return switch (delimiter) {
            case '[' -> ']';
            case '{' -> '}';
            case '(' -> ')';
            case '<' -> '>';
            default -> delimiter;
        };
    }

    ScriptSyntaxException unterminated(int open, String what, String closeWith) {
        return new ScriptSyntaxException(lines.lineOf(open), "unterminated " + what + " starting here: "
                + excerpt(open) + " — close it with " + closeWith);
    }

    /** Up to 40 characters of the line from {@code from}, for messages. */
    String excerpt(int from) {
        int end = Math.min(lines.endOf(from), from + 40);
        String cut = end < lines.endOf(from) ? "..." : "";
        return text.substring(from, end).strip() + cut;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }
}
