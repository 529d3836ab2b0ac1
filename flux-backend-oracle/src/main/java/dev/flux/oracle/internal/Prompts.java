package dev.flux.oracle.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How the text of SQL*Plus {@code PROMPT} lines travels from the splitter to execution, where it is
 * logged: as comment lines in front of the statement that follows them, {@code -- PROMPT text}, and for
 * prompts after a script's last statement {@code -- PROMPT (after) text} in front of that statement. The
 * database ignores these comments; {@link #of(String)} reads them back.
 */
final class Prompts {
    private static final String BEFORE = "-- PROMPT ";
    private static final String AFTER = "-- PROMPT (after) ";

    private Prompts() {
    }

    /** What a statement's leading prompt comments say. */
    record Found(List<String> before, List<String> after) {
    }

    /** {@code sql} with comment lines for the prompts to log before and after it. */
    static String attach(List<String> before, List<String> after, String sql) {
        StringBuilder text = new StringBuilder();
        before.forEach(p -> text.append(BEFORE).append(p).append('\n'));
        after.forEach(p -> text.append(AFTER).append(p).append('\n'));
        return text.append(sql).toString();
    }

    /** The prompts at the start of a statement the splitter produced. */
    static Found of(String sql) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        int pos = 0;
        while (sql.startsWith("-- PROMPT ", pos)) {
            int end = sql.indexOf('\n', pos);
            if (end < 0) {
                break;
            }
            String line = sql.substring(pos, end);
            if (line.startsWith(AFTER)) {
                after.add(line.substring(AFTER.length()));
            } else {
                before.add(line.substring(BEFORE.length()));
            }
            pos = end + 1;
        }
        return new Found(before, after);
    }
}
