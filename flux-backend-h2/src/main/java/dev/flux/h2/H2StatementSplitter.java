package dev.flux.h2;

import dev.flux.h2.internal.Lines;
import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits H2 scripts on {@code ;}, following H2's own tokenizer: a {@code ;} does not end a statement
 * inside {@code '...'} strings ({@code ''} escapes a quote), {@code "..."} and {@code `...`} quoted
 * identifiers (doubled quotes escape), {@code --} and {@code //} line comments, {@code /* ... *}{@code /}
 * block comments, which nest as in H2, or {@code $$ ... $$} bodies (Java source of aliases and
 * triggers). A {@code $$} inside a name, as in {@code A$$B}, is part of the name, as in H2.
 *
 * <p>A statement's text runs from its first token to its last: comments and whitespace before the first
 * token and after the last are dropped, comments between tokens are kept. Its line is the line of its
 * first token. Statements holding only comments are dropped; a last statement needs no {@code ;}. LF,
 * CRLF and a lone CR each end a line.
 */
public final class H2StatementSplitter implements StatementSplitter {
    @Override
    public List<SqlStatement> split(String script) {
        return new Scan(script).statements();
    }

    private static final class Scan {
        private final String text;
        private final Lines lines;
        private int pos;

        Scan(String text) {
            this.text = text;
            this.lines = new Lines(text);
        }

        List<SqlStatement> statements() {
            List<SqlStatement> out = new ArrayList<>();
            int start = -1;
            int end = -1;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ';') {
                    add(out, start, end);
                    start = -1;
                    pos++;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pos++;
                } else if (at("--") || at("//")) {
                    skipLineComment();
                } else if (at("/*")) {
                    skipBlockComment();
                } else {
                    if (start < 0) {
                        start = pos;
                    }
                    skipToken(c);
                    end = pos;
                }
            }
            add(out, start, end);
            return out;
        }

        private void add(List<SqlStatement> out, int start, int end) {
            if (start >= 0) {
                out.add(new SqlStatement(text.substring(start, end), lines.lineOf(start)));
            }
        }

        private void skipToken(char c) {
            if (c == '\'') {
                skipQuoted('\'', "string literal", "string");
            } else if (c == '"' || c == '`') {
                skipQuoted(c, "quoted identifier", "name");
            } else if (at("$$")) {
                skipDollarBody();
            } else if (isWordPart(c)) {
                while (pos < text.length() && isWordPart(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos++;
            }
        }

        private void skipQuoted(char quote, String what, String inside) {
            int open = pos++;
            while (true) {
                int close = text.indexOf(quote, pos);
                if (close < 0) {
                    throw unterminated(open, what, quote + " (write " + quote + quote + " for a " + quote
                            + " inside the " + inside + ")");
                }
                pos = close + 1;
                if (pos < text.length() && text.charAt(pos) == quote) {
                    pos++;
                } else {
                    return;
                }
            }
        }

        private void skipDollarBody() {
            int open = pos;
            int close = text.indexOf("$$", pos + 2);
            if (close < 0) {
                throw unterminated(open, "$$ body", "$$");
            }
            pos = close + 2;
        }

        private void skipLineComment() {
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
        }

        private void skipBlockComment() {
            int open = pos;
            int depth = 0;
            int deepest = 0;
            while (pos < text.length()) {
                if (at("/*")) {
                    depth++;
                    deepest = Math.max(deepest, depth);
                    pos += 2;
                } else if (at("*/")) {
                    depth--;
                    pos += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    pos++;
                }
            }
            String nesting = deepest > 1 ? " (H2 nests block comments: each /* inside it needs its own */)" : "";
            throw unterminated(open, "block comment", "*/" + nesting);
        }

        private ScriptSyntaxException unterminated(int open, String what, String closeWith) {
            return new ScriptSyntaxException(lines.lineOf(open), "unterminated " + what + " starting here: "
                    + excerpt(open) + " — close it with " + closeWith);
        }

        private String excerpt(int from) {
            int end = from;
            while (end < text.length() && end - from < 30 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            boolean cut = end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r';
            return text.substring(from, end).strip() + (cut ? "..." : "");
        }

        private boolean at(String token) {
            return text.startsWith(token, pos);
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
