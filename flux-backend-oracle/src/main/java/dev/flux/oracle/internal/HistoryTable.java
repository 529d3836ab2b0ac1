package dev.flux.oracle.internal;

import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;

/**
 * The history table: one row per applied (or partly applied) migration. Text columns use character
 * semantics ({@code VARCHAR2(n CHAR)}) so multi-byte ids fit; every text value is non-empty, as Oracle
 * stores {@code ''} as NULL. {@code APPLIED_AT} is a {@code TIMESTAMP WITH TIME ZONE} that the database sets
 * from {@code SYSTIMESTAMP} (its own clock and zone, not the JVM's) on insert and again when the row becomes
 * {@code APPLIED}. Writes never commit: they run in whatever transaction the engine has open.
 */
final class HistoryTable {
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final FluxTables tables;

    HistoryTable(FluxTables tables) {
        this.tables = tables;
    }

    boolean exists(Connection c) throws SQLException {
        return Ddl.tableExists(c, tables.schema(), tables.history());
    }

    void create(Connection c) throws SQLException {
        Ddl.createTable(c, tables.schema(), tables.history(), "CREATE TABLE " + tables.historySql() + " ("
                + "VERSION VARCHAR2(100 CHAR) NOT NULL PRIMARY KEY, "
                + "ID VARCHAR2(1000 CHAR) NOT NULL, "
                + "CHECKSUM VARCHAR2(128 CHAR) NOT NULL, "
                + "STATE VARCHAR2(20 CHAR) NOT NULL, "
                + "STATEMENTS_DONE NUMBER(10) NOT NULL, "
                + "APPLIED_AT TIMESTAMP WITH TIME ZONE DEFAULT SYSTIMESTAMP NOT NULL, "
                + "EXECUTION_MS NUMBER(19) NOT NULL)");
    }

    List<HistoryRow> read(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        String sql = "SELECT VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, SYS_EXTRACT_UTC(APPLIED_AT),"
                + " EXECUTION_MS FROM " + tables.historySql();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(6, (Calendar) UTC.clone());
                rows.add(new HistoryRow(Version.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        state(rs.getString(1), rs.getString(4)), rs.getInt(5), at == null ? null : at.toInstant(),
                        rs.getLong(7)));
            }
        }
        rows.sort(Comparator.comparing(HistoryRow::version));
        return rows;
    }

    void insert(Connection c, HistoryRow row) throws SQLException {
        update(c, "INSERT INTO " + tables.historySql()
                + " (VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, EXECUTION_MS) VALUES (?, ?, ?, ?, ?, ?)",
                row.version().toString(), row.id(), row.checksum(), row.state().name(), row.statementsDone(),
                row.executionMillis());
    }

    void update(Connection c, HistoryRow row) throws SQLException {
        String state = row.state().name();
        update(c, "UPDATE " + tables.historySql() + " SET STATE = ?, STATEMENTS_DONE = ?, EXECUTION_MS = ?,"
                + " APPLIED_AT = CASE WHEN ? = 'APPLIED' AND STATE <> 'APPLIED' THEN SYSTIMESTAMP"
                + " ELSE APPLIED_AT END WHERE VERSION = ?",
                state, row.statementsDone(), row.executionMillis(), state, row.version().toString());
    }

    void updateChecksum(Connection c, Version version, String id, String checksum) throws SQLException {
        update(c, "UPDATE " + tables.historySql() + " SET ID = ?, CHECKSUM = ? WHERE VERSION = ?",
                id, checksum, version.toString());
    }

    void delete(Connection c, Version version) throws SQLException {
        update(c, "DELETE FROM " + tables.historySql() + " WHERE VERSION = ?", version.toString());
    }

    private void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = Sessions.prepare(c, sql, values)) {
            if (s.executeUpdate() == 0) {
                throw new SQLException("the history table " + tables.historyName() + " has no row for version "
                        + values[values.length - 1] + "; was it changed by hand while flux ran?");
            }
        }
    }

    private HistoryState state(String version, String state) throws SQLException {
        try {
            return HistoryState.valueOf(state);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SQLException("the history table " + tables.historyName() + " has state '" + state
                    + "' for version " + version + "; set it to APPLIED, RUNNING or UNDOING (a row that is not"
                    + " APPLIED counts as failed and is removed by repair).");
        }
    }
}
