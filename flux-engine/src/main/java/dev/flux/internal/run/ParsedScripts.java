package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import dev.flux.spi.ScriptSyntaxException;
import dev.flux.spi.SqlStatement;
import dev.flux.spi.StatementSplitter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Every script of a discovery split once into statements, and the syntax problems met doing so. */
final class ParsedScripts {
    private final Map<Script, List<SqlStatement>> statements = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    ParsedScripts(Discovery discovery, StatementSplitter splitter) {
        discovery.preApply().forEach(s -> parse(s, splitter));
        for (Migration m : discovery.migrations()) {
            parse(m.up(), splitter);
            if (m.hasUndo()) {
                parse(m.undo(), splitter);
            }
        }
        discovery.postApply().forEach(s -> parse(s, splitter));
    }

    private void parse(Script script, StatementSplitter splitter) {
        try {
            statements.put(script, splitter.split(script.text()));
        } catch (ScriptSyntaxException e) {
            statements.put(script, List.of());
            problems.add(new Problem(ErrorCode.SYNTAX, script.location() + ":" + e.line(), e.detail(),
                    "Fix the script; nothing runs until every script splits cleanly."));
        }
    }

    /** The statements of a script of this discovery, in order. */
    List<SqlStatement> of(Script script) {
        List<SqlStatement> result = statements.get(script);
        if (result == null) {
            throw new IllegalArgumentException("script not parsed: " + script.location());
        }
        return result;
    }

    List<Problem> problems() {
        return problems;
    }
}
