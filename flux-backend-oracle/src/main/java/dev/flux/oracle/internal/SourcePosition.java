package dev.flux.oracle.internal;

import dev.flux.spi.SqlStatement;

/**
 * Maps a position that Oracle reports in a stored source ({@code ALL_ERRORS.LINE} and {@code POSITION})
 * back to the script. Oracle counts lines at LF only (a lone CR is no line break to it) from the line where
 * the stored source starts, and on that first line counts columns from where the source starts; the
 * script's lines are counted as the splitter counts them.
 */
final class SourcePosition {
    /** A 1-based line and column of the script; the column assumes the statement starts its script line. */
    record InScript(int line, int column) {
    }

    private SourcePosition() {
    }

    /**
     * Where line {@code line}, column {@code column} of the source that starts at offset {@code sourceStart}
     * of {@code statement}'s text is in the script; null when {@code sourceStart} is negative or the line is
     * past the statement's end. A column below 1 counts as 1.
     */
    static InScript inScript(SqlStatement statement, int sourceStart, int line, int column) {
        String sql = statement.sql();
        if (sourceStart < 0 || sourceStart > sql.length() || line < 1) {
            return null;
        }
        int lineStart = sourceStart;
        for (int n = 1; n < line; n++) {
            int lf = sql.indexOf('\n', lineStart);
            if (lf < 0) {
                return null;
            }
            lineStart = lf + 1;
        }
        int lineEnd = sql.indexOf('\n', lineStart);
        int target = Math.min(lineStart + Math.max(column, 1) - 1, lineEnd < 0 ? sql.length() : lineEnd);
        Lines lines = new Lines(sql);
        int firstToken = new Lexer(sql, lines).skipSpace(0);
        int scriptLine = statement.line() + lines.lineOf(target) - lines.lineOf(firstToken);
        return new InScript(scriptLine, target - lines.startOf(target) + 1);
    }
}
