package dev.flux.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Oracle scripts as SQL*Plus reads them: plain SQL ending at {@code ;} or at a line holding only
 * {@code /}, PL/SQL blocks and procedures ending at a {@code /} line and keeping their {@code END;}, stray
 * {@code /} lines, {@code q'[...]'} and {@code nq'...'} strings, names without doubled quotes, and block
 * comments that do not nest.
 */
final class OracleScripts {
    private OracleScripts() {
    }

    /** A statement's text and how it ends in the script. */
    private record Unit(String before, String text, String after, String terminator) {
    }

    static Arbitrary<GeneratedScript> scripts() {
        Arbitrary<String> token = Arbitraries.oneOf(Fragments.name(), Fragments.number(), Fragments.operator(),
                Fragments.string(), Fragments.content("\"\n").map(s -> "\"" + s + "x\""),
                Fragments.content("]").map(s -> "q'[" + s + "]'"),
                Fragments.content("}").map(s -> "Q'{" + s + "}'"),
                Fragments.content("!").map(s -> "q'!" + s + "!'"),
                Fragments.content(">").map(s -> "nq'<" + s + ">'"));
        Arbitrary<String> comment = Arbitraries.oneOf(Fragments.lineComment(), Fragments.blockComment());
        Arbitrary<String> filler = Fragments.filler(comment);
        Arbitrary<String> plain = Fragments.statement(Fragments.firstWord(), token, comment);
        Arbitrary<String> inner = Fragments.statement(Arbitraries.of("SELECT", "UPDATE x_t SET", "DELETE FROM x_t"),
                token, comment);
        Arbitrary<String> body = inner.list().ofMinSize(1).ofMaxSize(3)
                .map(list -> "BEGIN\n  " + String.join(";\n  ", list) + ";\nEND;");
        Arbitrary<String> unit = Combinators.combine(Arbitraries.of("", "DECLARE\n  x_v NUMBER := 1;\n",
                "CREATE OR REPLACE PROCEDURE x_p AS\n", "CREATE OR REPLACE EDITIONABLE PROCEDURE x_q IS\n"), body)
                .as((head, b) -> head + b);
        Arbitrary<Unit> statement = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(filler, plain, filler, Arbitraries.of(";", "\n/\n", ";\n/\n"))
                        .as(Unit::new)),
                Tuple.of(1, Combinators.combine(filler, unit, Fragments.space()).as((b, u, s) -> new Unit(b, u, s,
                        "\n/\n"))));
        return Combinators.combine(statement.list().ofMinSize(1).ofMaxSize(5), filler).as(OracleScripts::render);
    }

    private static GeneratedScript render(List<Unit> units, String tail) {
        GeneratedScript script = new GeneratedScript();
        for (Unit u : units) {
            script.filler(u.before()).statement(u.text()).filler(u.after()).filler(u.terminator());
        }
        return script.filler(tail);
    }
}
