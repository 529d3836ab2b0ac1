package dev.flux.oracle.internal;

/**
 * A token of an Oracle script: its kind, where it starts and ends, and for words their text in upper
 * case (what Oracle folds an unquoted name to; keywords are compared this way).
 */
record Token(Kind kind, int start, int end, String word) {
    /** What a token is. */
    enum Kind {
        /** A keyword, unquoted name or number. */
        WORD,
        /** {@code '...'}, {@code q'[...]'} or {@code nq'...'}. */
        STRING,
        /** {@code "..."}. */
        QUOTED_NAME,
        /** Any other single character, such as {@code ;}, {@code (} or {@code /}. */
        SYMBOL
    }

    boolean is(String keyword) {
        return kind == Kind.WORD && word.equals(keyword);
    }

    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && end - start == 1 && word.charAt(0) == c;
    }
}
