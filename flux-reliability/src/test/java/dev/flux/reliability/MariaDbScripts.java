package dev.flux.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * MariaDB scripts as the mariadb client reads them: the common fragments plus strings with backslash
 * escapes and doubled quotes, {@code "..."} strings, backtick names, {@code #} and {@code -- } comments,
 * executable comments ({@code /*!50003 ... *}{@code /}) kept inside statements, stored programs whose
 * {@code BEGIN ... END} bodies hold {@code ;}, and statements between {@code DELIMITER $$} and
 * {@code DELIMITER ;} lines.
 */
final class MariaDbScripts {
    private MariaDbScripts() {
    }

    /** A statement's text and what comes before and after it. */
    private record Unit(String before, String text, String after, String terminator) {
    }

    static Arbitrary<GeneratedScript> scripts() {
        Arbitrary<String> token = Arbitraries.oneOf(Fragments.name(), Fragments.number(), Fragments.operator(),
                Fragments.string(),
                Fragments.content("").map(s -> "'" + s.replace("'", "\\'") + "\\\\'"),
                Fragments.content("").map(s -> "\"" + s.replace("\"", "\"\"") + "\""),
                Fragments.content("\n").map(s -> "`" + s.replace("`", "``") + "x`"),
                Fragments.content("").filter(s -> !s.contains("*/") && !s.endsWith("*"))
                        .map(s -> "/*!50003 " + s + " */"));
        Arbitrary<String> blockComment = Fragments.blockComment()
                .filter(c -> !c.startsWith("/*!") && !c.startsWith("/*M!"));
        Arbitrary<String> comment = Arbitraries.oneOf(blockComment,
                Fragments.content("\n").map(s -> "-- " + s + "\n"),
                Fragments.content("\n").map(s -> "#" + s + "\n"));
        Arbitrary<String> filler = Fragments.filler(comment);
        Arbitrary<String> plain = Fragments.statement(Fragments.firstWord(), token, comment);
        Arbitrary<String> body = Fragments.statement(Arbitraries.of("SELECT", "UPDATE x_t SET", "DELETE FROM x_t"),
                token, comment).list().ofMinSize(1).ofMaxSize(3)
                .map(list -> "BEGIN\n  " + String.join(";\n  ", list) + ";\nEND");
        Arbitrary<String> program = Combinators.combine(Arbitraries.of("CREATE PROCEDURE x_p()\n",
                "CREATE DEFINER = CURRENT_USER FUNCTION x_f() RETURNS INT\n",
                "CREATE TRIGGER x_tr BEFORE INSERT ON x_t FOR EACH ROW\n", "BEGIN NOT ATOMIC"), body)
                .as((head, b) -> head.equals("BEGIN NOT ATOMIC") ? head + "\n  SELECT 1;\n  " + b + ";\nEND" : head + b);
        Arbitrary<Unit> unit = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(filler, plain, filler, Arbitraries.of(";", ";\n", ";;")).as(Unit::new)),
                Tuple.of(1, Combinators.combine(filler, program, filler).as((b, p, a) -> new Unit(b, p, a, ";\n"))),
                Tuple.of(1, Combinators.combine(filler, Arbitraries.oneOf(plain, program), filler)
                        .as((b, p, a) -> new Unit(b + "\nDELIMITER $$\n", p, a, "$$\nDELIMITER ;\n"))));
        return Combinators.combine(unit.list().ofMinSize(1).ofMaxSize(5), filler).as(MariaDbScripts::render);
    }

    private static GeneratedScript render(List<Unit> units, String tail) {
        GeneratedScript script = new GeneratedScript();
        for (Unit u : units) {
            script.filler(u.before()).statement(u.text()).filler(u.after()).filler(u.terminator());
        }
        return script.filler(tail);
    }
}
