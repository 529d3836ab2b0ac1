package dev.flux.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Scripts whose statements end at {@code ;} (H2, PostgreSQL): comments and white space around each
 * statement, sometimes an empty statement ({@code ;;}), and a last statement with or without its {@code ;}.
 */
final class SemicolonScripts {
    private SemicolonScripts() {
    }

    /** One statement with what surrounds it. */
    private record Part(String before, String statement, String after, String terminator) {
    }

    static Arbitrary<GeneratedScript> of(Arbitrary<String> statement, Arbitrary<String> comment) {
        Arbitrary<String> filler = Fragments.filler(comment);
        Arbitrary<Part> part = Combinators.combine(filler, statement, filler, Arbitraries.of(";", ";", ";\n;"))
                .as(Part::new);
        return Combinators.combine(part.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false), filler)
                .as(SemicolonScripts::render);
    }

    private static GeneratedScript render(List<Part> parts, boolean lastTerminated, String tail) {
        GeneratedScript script = new GeneratedScript();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            script.filler(p.before()).statement(p.statement()).filler(p.after());
            if (i < parts.size() - 1 || lastTerminated) {
                script.filler(p.terminator());
            }
        }
        // after an unterminated last statement, a tail would belong to it
        return lastTerminated ? script.filler(tail) : script;
    }
}
