package dev.flux.oracle.internal;

import dev.flux.spi.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code ALL_ERRORS} after a statement that compiles PL/SQL or a view. Oracle reports such an
 * object as created even when it does not compile (the driver turns ORA-24344 into a warning, vendor code
 * 17110) and leaves it {@code INVALID}; flux fails the statement instead, naming each error's script line,
 * column and text. {@code PLW-} warnings alone are only logged. When the driver warned of compilation
 * errors but {@code ALL_ERRORS} shows nothing, the statement fails too: it never passes silently.
 */
final class CompileErrors {
    /** ORA-24344: success with compilation error. */
    static final int COMPILED_WITH_ERRORS = 24344;
    /** ojdbc's vendor code for the warning it gives instead of ORA-24344. */
    static final int DRIVER_COMPILATION_WARNING = 17110;
    private static final Logger LOG = LoggerFactory.getLogger(CompileErrors.class);
    private static final int MAX_SHOWN = 20;

    private CompileErrors() {
    }

    /**
     * Fails with an {@link SQLException} (ORA-24344) listing the errors of {@code unit}, created by
     * {@code statement}; logs its warnings. {@code driverWarned}: whether the driver signalled compilation
     * errors, which fails the statement even when {@code ALL_ERRORS} has no row for the unit.
     */
    static void check(Connection c, CompiledUnit unit, SqlStatement statement, boolean driverWarned)
            throws SQLException {
        String owner = unit.owner() != null ? unit.owner() : Sessions.currentSchema(c);
        String sql = "SELECT TYPE, LINE, POSITION, TEXT, ATTRIBUTE FROM ALL_ERRORS WHERE OWNER = ? AND NAME = ?"
                + " AND TYPE IN (" + "?, ".repeat(unit.types().size() - 1) + "?) ORDER BY TYPE, SEQUENCE";
        List<Object> values = new ArrayList<>(List.of(owner, unit.name()));
        values.addAll(unit.types());
        List<String> errors = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement s = Sessions.prepare(c, sql, values.toArray()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows++;
                String what = rs.getString(1) + " " + owner + "." + unit.name() + " "
                        + where(statement, unit, rs.getInt(2), rs.getInt(3)) + ": " + rs.getString(4).strip();
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
        if (driverWarned && rows == 0) {
            throw unexplained(unit.label() + " " + owner + "." + unit.name() + ", which ALL_ERRORS shows no"
                    + " error for");
        }
    }

    /** Whether the driver's warnings signal compilation errors (vendor code 17110). */
    static boolean driverWarned(SQLWarning warnings) {
        for (SQLWarning w = warnings; w != null; w = w.getNextWarning()) {
            if (w.getErrorCode() == DRIVER_COMPILATION_WARNING) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure of a statement the driver reported as compiled with errors where flux cannot list them;
     * {@code what} names what was compiled as far as flux can tell.
     */
    static SQLException unexplained(String what) {
        return new SQLException("Oracle reported compilation errors (ORA-24344, driver warning "
                + DRIVER_COMPILATION_WARNING + ") for " + what + ". The object stays in the database, INVALID:"
                + " look at USER_ERRORS (or SHOW ERRORS in SQL*Plus) for the errors, fix the script and run it"
                + " again.", "42000", COMPILED_WITH_ERRORS);
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

    /**
     * Where an {@code ALL_ERRORS} row ({@code line}, {@code column}) is in the script, as far as it can be
     * mapped: {@code at script line 27 (line 12 of the unit), column 5}.
     */
    static String where(SqlStatement statement, CompiledUnit unit, int line, int column) {
        if (line <= 0) {
            return "(no line)";
        }
        String of = unit.types().contains("TRIGGER") ? "of the trigger body" : "of the unit";
        SourcePosition.InScript at = SourcePosition.inScript(statement, unit.sourceStart(), line, column);
        if (at == null) {
            return "at line " + line + " " + (unit.sourceStart() < 0 ? of.replace("the unit", "the object") : of)
                    + (column > 0 ? ", column " + column : "");
        }
        return "at script line " + at.line() + " (line " + line + " " + of + ")"
                + (column > 0 ? ", column " + at.column() : "");
    }
}
