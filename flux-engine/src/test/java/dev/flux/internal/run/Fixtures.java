package dev.flux.internal.run;

import dev.flux.Version;
import dev.flux.internal.discovery.Discovery;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** Migrations and history rows built in memory for the planner and the checks. */
final class Fixtures {
    private Fixtures() {
    }

    static Migration migration(String id, boolean withUndo) {
        String version = id.substring(1, id.indexOf("__"));
        Script up = new Script(id + ".sql", "CREATE TABLE t" + version.replace('.', '_') + " (id INT);", false);
        Script undo = withUndo ? new Script(id + ".undo.sql", "DROP TABLE t;", false) : null;
        return new Migration(Version.parse(version), id, id.substring(id.indexOf("__") + 2), up, undo,
                "sum-" + id);
    }

    static HistoryRow applied(Migration m) {
        return new HistoryRow(m.version(), m.id(), m.checksum(), HistoryState.APPLIED, 1, null, 1);
    }

    static Discovery discovery(List<Migration> migrations) {
        return new Discovery(migrations, List.of(), List.of(), List.of());
    }

    /** A splitter good enough for these tests: one statement per {@code ;}. */
    static List<SqlStatement> split(String script) {
        List<SqlStatement> out = new ArrayList<>();
        for (String part : script.split(";")) {
            if (!part.isBlank()) {
                out.add(new SqlStatement(part.strip(), 1));
            }
        }
        return out;
    }
}
