package dev.flux.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Fragments that every dialect reads alike: names that are no key word, numbers, operators, strings
 * holding terminators and comment markers, and white space. Each dialect adds its own
 * ({@link H2Scripts}, {@link PostgresScripts}, {@link OracleScripts}).
 */
final class Fragments {
    /** Characters inside strings, comments and quoted names: terminators, quotes of other kinds, markers. */
    static final String TRICKY = "abc ;/-*$`\"\t{}[]()!<>#";

    private Fragments() {
    }

    /** A name no splitter treats as a key word: {@code x_} and lower-case letters. */
    static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(s -> "x_" + s);
    }

    static Arbitrary<String> number() {
        return Arbitraries.integers().between(0, 99999).map(String::valueOf);
    }

    static Arbitrary<String> operator() {
        return Arbitraries.of(",", "=", "+", "<", ">", "*", ".", "x_a / x_b", "x_a - x_b");
    }

    /** Text for inside a quoted construct, without the characters in {@code excluded}. */
    static Arbitrary<String> content(String excluded) {
        String chars = TRICKY.chars().filter(c -> excluded.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Arbitraries.strings().withChars(chars.toCharArray()).withChars('\n', 'é', '\'', '-', '/', '*')
                .ofMaxLength(12).filter(s -> excluded.chars().noneMatch(c -> s.indexOf(c) >= 0));
    }

    /** {@code '...'} with {@code ''} for a quote inside. */
    static Arbitrary<String> string() {
        return content("").map(s -> "'" + s.replace("'", "''") + "'");
    }

    /** {@code "..."} with {@code ""} for a quote inside (not Oracle, whose names cannot hold one). */
    static Arbitrary<String> quotedName() {
        return content("\n").map(s -> "\"" + s.replace("\"", "\"\"") + "x\"");
    }

    /** A {@code --} comment with its line end. */
    static Arbitrary<String> lineComment() {
        return content("\n").map(s -> "--" + s + "\n");
    }

    /** A {@code /* ... *}{@code /} comment, without nesting. */
    static Arbitrary<String> blockComment() {
        return content("").filter(s -> !s.contains("*/") && !s.contains("/*") && !s.endsWith("/"))
                .map(s -> "/*" + s + "*/");
    }

    /** White space between tokens: at least one character, sometimes line ends. */
    static Arbitrary<String> space() {
        return Arbitraries.of(" ", "  ", "\n", "\t", " \n  ", "\n\n");
    }

    /** {@code first}, then tokens separated by white space and comments; it ends with a token. */
    static Arbitrary<String> statement(Arbitrary<String> first, Arbitrary<String> token, Arbitrary<String> comment) {
        Arbitrary<String> separator = Arbitraries.oneOf(space(),
                Combinators.combine(space(), comment, space()).as((a, c, b) -> a + c + b));
        Arbitrary<String> next = Combinators.combine(separator, token).as((s, t) -> s + t);
        return Combinators.combine(first, next.list().ofMaxSize(8)).as((f, rest) -> f + String.join("", rest));
    }

    /** White space and comments between statements, dropped by the splitter. */
    static Arbitrary<String> filler(Arbitrary<String> comment) {
        return Arbitraries.oneOf(space(), comment, Combinators.combine(space(), comment, space())
                .as((a, c, b) -> a + c + b)).list().ofMaxSize(3).map(parts -> String.join("", parts));
    }

    /** A statement's first word, which no dialect takes as a command of its client tool. */
    static Arbitrary<String> firstWord() {
        return Arbitraries.of("SELECT", "INSERT INTO x_t VALUES", "UPDATE x_t SET", "DELETE FROM x_t WHERE",
                "CREATE TABLE x_t", "ALTER TABLE x_t ADD");
    }
}
