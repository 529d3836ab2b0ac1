package dev.flux.internal.run;

import dev.flux.ErrorCode;
import dev.flux.Problem;
import dev.flux.Version;
import dev.flux.internal.discovery.Migration;
import dev.flux.internal.discovery.Script;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The validation checks that compare the migrations found with the history: checksum, missing, gap, failed. */
final class HistoryCheck {
    private HistoryCheck() {
    }

    static List<Problem> problems(List<Migration> migrations, List<HistoryRow> history) {
        return problems(migrations, history, null);
    }

    /**
     * The problems of {@code history} against {@code migrations}; with {@code scripts} (or null), a failed
     * row's problem lists where the statements that completed are.
     */
    static List<Problem> problems(List<Migration> migrations, List<HistoryRow> history, ParsedScripts scripts) {
        Map<Version, Migration> byVersion = Migrations.byVersion(migrations);
        List<Problem> problems = new ArrayList<>();
        Map<Version, HistoryRow> rows = Migrations.rowsByVersion(history);
        Version latest = Version.ZERO;
        for (Map.Entry<Version, HistoryRow> entry : rows.entrySet()) {
            Version version = entry.getKey();
            HistoryRow row = entry.getValue();
            latest = version.compareTo(latest) > 0 ? version : latest;
            Migration m = byVersion.get(version);
            if (!row.state().complete()) {
                problems.add(failed(row, m, scripts));
            } else if (m == null) {
                problems.add(new Problem(ErrorCode.MISSING, row.id(),
                        "applied migration " + row.id() + " no longer exists.",
                        "Restore its file or class; an applied migration must stay."));
            } else if (!m.id().equals(row.id())) {
                problems.add(new Problem(ErrorCode.CHECKSUM, m.up().location(),
                        "version " + row.version() + " was applied as " + row.id() + " but is now named "
                                + m.id() + ".", "Rename it back to " + row.id() + "."));
            } else if (!m.checksum().equals(row.checksum())) {
                problems.add(new Problem(ErrorCode.CHECKSUM, m.up().location(),
                        m.id() + " changed after it was applied (checksum applied " + row.checksum()
                                + ", now " + m.checksum() + ").",
                        "Revert the change and put it in a new migration; if the change is harmless, "
                                + "record the new checksum with repair (acceptChecksums)."));
            }
        }
        for (Migration m : migrations) {
            if (m.version().compareTo(latest) < 0 && !rows.containsKey(m.version())) {
                problems.add(new Problem(ErrorCode.GAP, m.up().location(),
                        m.id() + " is pending but sorts before V" + latest + ", which is applied.",
                        "Give it a version above " + latest + " (rename the file or class), or roll back "
                                + "to below " + m.version() + " first."));
            }
        }
        return problems;
    }

    static Problem failed(HistoryRow row, Migration m, ParsedScripts scripts) {
        boolean undo = row.state() == HistoryState.UNDOING;
        Script script = m == null || !m.checksum().equals(row.checksum()) ? null : undo ? m.undo() : m.up();
        return new Problem(ErrorCode.FAILED, row.id(),
                "the " + (undo ? "undo" : "apply") + " of " + row.id() + " stopped part-way: " + row.statementsDone()
                        + " statement(s) completed" + completed(script, row.statementsDone(), scripts) + ".",
                "Remove its half-completed changes by hand, then run repair; repair deletes the failed row "
                        + "so that " + row.id() + " runs again from its first statement.");
    }

    /** {@code ": V3__x.sql:1, V3__x.sql:4"}, where the first {@code done} statements of an SQL script are. */
    static String completed(Script script, int done, ParsedScripts scripts) {
        if (done == 0 || script == null || scripts == null || !script.location().endsWith(".sql")) {
            return "";
        }
        List<SqlStatement> statements = scripts.of(script);
        if (statements.size() < done) {
            return "";
        }
        return statements.subList(0, done).stream().map(st -> script.location() + ":" + st.line())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
