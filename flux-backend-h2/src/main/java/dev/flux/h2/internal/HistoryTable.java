package dev.flux.h2.internal;

import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history table: one row per applied (or partly applied) migration. {@code APPLIED_AT} is set by the
 * database when the row is inserted and again when it becomes {@code APPLIED}. Writes never commit: they
 * run in whatever transaction the engine has open on the connection.
 */
final class HistoryTable {
    private final FluxTables tables;
    private final KeptStatements statements = new KeptStatements();
    private final String select;
    private final String insert;
    private final String update;
    private final String complete;
    private final String updateChecksum;
    private final String delete;

    HistoryTable(FluxTables tables) {
        this.tables = tables;
        String table = tables.historySql();
        this.select = "SELECT VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, APPLIED_AT, EXECUTION_MS FROM " + table;
        this.insert = "INSERT INTO " + table
                + " (VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, EXECUTION_MS) VALUES (?, ?, ?, ?, ?, ?)";
        this.update = "UPDATE " + table + " SET STATE = ?, STATEMENTS_DONE = ?, EXECUTION_MS = ? WHERE VERSION = ?";
        this.complete = "UPDATE " + table + " SET STATE = 'APPLIED', STATEMENTS_DONE = ?, EXECUTION_MS = ?,"
                + " APPLIED_AT = CASE WHEN STATE <> 'APPLIED' THEN CURRENT_TIMESTAMP ELSE APPLIED_AT END"
                + " WHERE VERSION = ?";
        this.updateChecksum = "UPDATE " + table + " SET ID = ?, CHECKSUM = ? WHERE VERSION = ?";
        this.delete = "DELETE FROM " + table + " WHERE VERSION = ?";
    }

    boolean exists(Connection c) throws SQLException {
        return Ddl.tableExists(c, tables.schema(), tables.history());
    }

    void create(Connection c) throws SQLException {
        Ddl.createSchema(c, tables.schema());
        Ddl.createTable(c, tables.schema(), tables.history(), "VERSION VARCHAR(100) NOT NULL PRIMARY KEY, "
                + "ID VARCHAR(1000) NOT NULL, "
                + "CHECKSUM VARCHAR(128) NOT NULL, "
                + "STATE VARCHAR(20) NOT NULL, "
                + "STATEMENTS_DONE INT NOT NULL, "
                + "APPLIED_AT TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, "
                + "EXECUTION_MS BIGINT NOT NULL");
    }

    List<HistoryRow> read(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(select); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime at = rs.getObject(6, OffsetDateTime.class);
                rows.add(new HistoryRow(Version.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                        state(rs.getString(1), rs.getString(4)), rs.getInt(5), at == null ? null : at.toInstant(),
                        rs.getLong(7)));
            }
        }
        rows.sort(Comparator.comparing(HistoryRow::version));
        return rows;
    }

    void insert(Connection c, HistoryRow row) throws SQLException {
        update(c, insert, row.version().toString(), row.id(), row.checksum(), row.state().name(), row.statementsDone(),
                row.executionMillis());
    }

    /** Sets state, count and time; {@code APPLIED_AT} is set anew when the row becomes {@code APPLIED}. */
    void update(Connection c, HistoryRow row) throws SQLException {
        if (row.state() == HistoryState.APPLIED) {
            update(c, complete, row.statementsDone(), row.executionMillis(), row.version().toString());
        } else {
            update(c, update, row.state().name(), row.statementsDone(), row.executionMillis(),
                    row.version().toString());
        }
    }

    void updateChecksum(Connection c, Version version, String id, String checksum) throws SQLException {
        update(c, updateChecksum, id, checksum, version.toString());
    }

    void delete(Connection c, Version version) throws SQLException {
        update(c, delete, version.toString());
    }

    private void update(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement s = statements.prepare(c, sql);
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        if (s.executeUpdate() == 0) {
            throw new SQLException("the history table " + name() + " has no row for version "
                    + values[values.length - 1] + "; was it changed by hand while flux ran?");
        }
    }

    /** Closes the statements kept open. */
    void close() {
        statements.close();
    }

    private String name() {
        return tables.schema() + "." + tables.history();
    }

    private HistoryState state(String version, String state) throws SQLException {
        try {
            return HistoryState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new SQLException("the history table " + name() + " has state '" + state + "' for version "
                    + version + "; set it to APPLIED, RUNNING or UNDOING (a row that is not APPLIED counts as"
                    + " failed and is removed by repair).");
        }
    }
}
