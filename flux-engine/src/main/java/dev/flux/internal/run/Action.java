package dev.flux.internal.run;

import dev.flux.Step;
import dev.flux.StepKind;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import dev.flux.spi.SqlStatement;
import java.util.List;

/**
 * One step the executor runs: the script and its statements, and for {@code APPLY}/{@code UNDO} the
 * migration whose history row it writes ({@code null} for repeatables). {@code skip} says why a repeatable
 * script does not run in this batch, or is null.
 */
record Action(StepKind kind, Migration migration, Script script, List<SqlStatement> statements, String skip) {
    Action(StepKind kind, Migration migration, Script script, List<SqlStatement> statements) {
        this(kind, migration, script, statements, null);
    }

    String id() {
        return migration != null ? migration.id() : script.location();
    }

    Step toStep() {
        return new Step(kind, id(), script.location(), statements);
    }
}
