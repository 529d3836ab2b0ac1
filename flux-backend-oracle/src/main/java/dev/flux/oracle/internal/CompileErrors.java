package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code ALL_ERRORS} after a statement that compiles PL/SQL or a view. Oracle reports such an
 * object as created even when it does not compile (the driver turns ORA-24344 into a warning, vendor code
 * 17110) and leaves it {@code INVALID}; flux fails the statement instead, naming each error's line,
 * column and text. {@code PLW-} warnings alone are only logged.
 */
final class CompileErrors {
    /** ORA-24344: success with compilation error. */
    static final int COMPILED_WITH_ERRORS = 24344;
    private static final Logger LOG = LoggerFactory.getLogger(CompileErrors.class);
    private static final int MAX_SHOWN = 20;

    private CompileErrors() {
    }

    /**
     * Fails with an {@link SQLException} (ORA-24344) listing the errors of {@code unit}, created by the
     * statement that starts on {@code statementLine}; logs its warnings.
     */
    static void check(Connection c, CompiledUnit unit, int statementLine) throws SQLException {
        String owner = unit.owner() != null ? unit.owner() : Sessions.currentSchema(c);
        String sql = "SELECT TYPE, LINE, POSITION, TEXT, ATTRIBUTE FROM ALL_ERRORS WHERE OWNER = ? AND NAME = ?"
                + " AND TYPE IN (" + "?, ".repeat(unit.types().size() - 1) + "?) ORDER BY TYPE, SEQUENCE";
        List<Object> values = new ArrayList<>(List.of(owner, unit.name()));
        values.addAll(unit.types());
        List<String> errors = new ArrayList<>();
        try (PreparedStatement s = Sessions.prepare(c, sql, values.toArray()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String what = rs.getString(1) + " " + owner + "." + unit.name() + " "
                        + where(unit, statementLine, rs.getInt(2), rs.getInt(3)) + ": " + rs.getString(4).strip();
                if ("WARNING".equals(rs.getString(5))) {
                    LOG.warn("{}", what);
                } else {
                    errors.add(what);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new SQLException(message(unit, owner, errors), "42000", COMPILED_WITH_ERRORS);
        }
    }

    private static String message(CompiledUnit unit, String owner, List<String> errors) {
        StringBuilder text = new StringBuilder(unit.label()).append(' ').append(owner).append('.')
                .append(unit.name()).append(" does not compile: Oracle created it, but INVALID, with ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(':');
        errors.stream().limit(MAX_SHOWN).forEach(e -> text.append("\n  ").append(e));
        if (errors.size() > MAX_SHOWN) {
            text.append("\n  ... and ").append(errors.size() - MAX_SHOWN).append(" more in ALL_ERRORS");
        }
        return text.append("\nIt stays in the database, INVALID, until a corrected CREATE OR REPLACE replaces it")
                .toString();
    }

    /** {@code at script line 27 (line 12 of the unit), column 5}, as far as the unit's lines can be mapped. */
    static String where(CompiledUnit unit, int statementLine, int line, int column) {
        if (line <= 0) {
            return "(no line)";
        }
        String at = column > 0 ? ", column " + column : "";
        if (unit.firstLine() < 0) {
            String of = unit.types().contains("TRIGGER") ? "of the trigger body" : "of the object";
            return "at line " + line + " " + of + at;
        }
        return "at script line " + (statementLine + unit.firstLine() + line - 1) + " (line " + line
                + " of the unit)" + at;
    }
}
