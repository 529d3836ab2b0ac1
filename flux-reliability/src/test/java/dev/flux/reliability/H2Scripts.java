package dev.flux.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * H2 scripts: the common fragments plus {@code `names`}, {@code //} comments, nested comments and
 * {@code $$} bodies.
 */
final class H2Scripts {
    private H2Scripts() {
    }

    static Arbitrary<GeneratedScript> scripts() {
        Arbitrary<String> token = Arbitraries.oneOf(Fragments.name(), Fragments.number(), Fragments.operator(),
                Fragments.string(), Fragments.quotedName(),
                Fragments.content("\n").map(s -> "`" + s.replace("`", "``") + "x`"),
                Fragments.content("$").map(s -> "$$" + s + "$$"));
        Arbitrary<String> comment = Arbitraries.oneOf(Fragments.lineComment(), Fragments.blockComment(),
                Fragments.content("\n").map(s -> "//" + s + "\n"),
                Fragments.blockComment().map(inner -> "/* outer " + inner + " */"));
        return SemicolonScripts.of(Fragments.statement(Fragments.firstWord(), token, comment), comment);
    }
}
