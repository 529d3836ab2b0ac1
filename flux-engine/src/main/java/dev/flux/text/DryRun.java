package dev.flux.text;

import dev.flux.Plan;
import dev.flux.Step;
import dev.flux.spi.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Plan} as the SQL script it would run: a comment per step, then its statements in order, each as
 * it is sent and terminated once (a PL/SQL unit is sent with its own closing {@code ;}).
 */
public final class DryRun {
    private DryRun() {
    }

    /** The script's lines: a comment per step, then its statements. */
    public static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Step step : plan.steps()) {
            lines.add("-- " + header(step));
            for (SqlStatement statement : step.statements()) {
                String sql = statement.sql().strip();
                if (sql.isEmpty()) {
                    continue;
                }
                lines.addAll(sql.lines().toList());
                if (!sql.endsWith(";")) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ";");
                }
            }
            if (step.statements().isEmpty()) {
                lines.add("-- (no statements)");
            }
        }
        return lines;
    }

    private static String header(Step step) {
        return switch (step.kind()) {
            case APPLY -> "apply " + step.id() + " (" + step.file() + ")";
            case UNDO -> "undo " + step.id() + " (" + step.file() + ")";
            case PRE_APPLY, POST_APPLY -> "run " + step.file();
        };
    }
}
