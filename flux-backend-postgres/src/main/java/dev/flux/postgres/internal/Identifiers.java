package dev.flux.postgres.internal;

/** PostgreSQL's lexical classes of identifier characters, and quoting of identifiers. */
final class Identifiers {
    private Identifiers() {
    }

    /** Whether {@code c} can start an unquoted identifier or key word. */
    static boolean isStart(char c) {
        return c == '_' || (c < 128 ? Character.isLetter(c) : !Character.isWhitespace(c));
    }

    /** Whether {@code c} can continue an unquoted identifier ({@code $} included, as in PostgreSQL). */
    static boolean isPart(char c) {
        return isStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    /** Whether {@code c} can start the tag of a dollar quote ({@code $fn$}). */
    static boolean isDollarTagStart(char c) {
        return isStart(c);
    }

    /** Whether {@code c} can continue the tag of a dollar quote; unlike identifiers, no {@code $}. */
    static boolean isDollarTagPart(char c) {
        return isStart(c) || (c >= '0' && c <= '9');
    }

    /** {@code name} as a quoted identifier: exact, case kept. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
