package dev.flux.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * PostgreSQL scripts: the common fragments plus {@code E'...'} strings with backslash escapes, strings
 * ending in a backslash (standard_conforming_strings), dollar quotes, nested comments, parentheses that
 * hold {@code ;}, and {@code BEGIN ATOMIC ... END} bodies.
 */
final class PostgresScripts {
    private PostgresScripts() {
    }

    static Arbitrary<GeneratedScript> scripts() {
        Arbitrary<String> token = Arbitraries.oneOf(Fragments.name(), Fragments.number(), Fragments.operator(),
                Fragments.string(), Fragments.quotedName(),
                Fragments.content("").map(s -> "E'" + s.replace("'", "\\'") + "\\\\'"),
                Fragments.content("").map(s -> "'" + s.replace("'", "''") + "\\'"),
                Fragments.content("$").map(s -> "$$" + s + "$$"),
                Fragments.content("").map(s -> "$fn$" + s + "$$" + s + "$fn$"),
                Combinators.combine(Fragments.name(), Fragments.string()).as((n, s) -> "(" + n + "; " + s + ")"));
        Arbitrary<String> comment = Arbitraries.oneOf(Fragments.lineComment(), Fragments.blockComment(),
                Fragments.blockComment().map(inner -> "/* outer; " + inner + " */"));
        Arbitrary<String> plain = Fragments.statement(Fragments.firstWord(), token, comment);
        Arbitrary<String> atomic = Fragments.statement(Arbitraries.of("SELECT"), token, comment).list()
                .ofMinSize(1).ofMaxSize(3)
                .map(body -> "CREATE FUNCTION x_f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  "
                        + String.join(";\n  ", body) + ";\nEND");
        return SemicolonScripts.of(Arbitraries.frequencyOf(
                Tuple.of(5, plain), Tuple.of(1, atomic)), comment);
    }
}
