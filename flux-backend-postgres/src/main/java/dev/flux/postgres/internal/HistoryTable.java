package dev.flux.postgres.internal;

import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * flux's history table in one schema. Writes run in the caller's transaction; creation takes a
 * transaction-level advisory lock of its own so that two migrators creating it at once both succeed.
 */
final class HistoryTable {
    private static final String COLUMNS = "version, id, checksum, state, statements_done, applied_at, execution_ms";

    private final String schema;
    private final String table;
    private final String qualified;

    HistoryTable(String schema, String table) {
        this.schema = schema;
        this.table = table;
        this.qualified = Identifiers.quote(schema) + "." + Identifiers.quote(table);
    }

    boolean exists(Connection c) throws SQLException {
        return Catalog.exists(c, "SELECT 1 FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = ? AND t.relname = ? AND t.relkind IN ('r', 'p')", schema, table);
    }

    /** Creates the schema and the table when missing; checks first, so no CREATE privilege is needed then. */
    void create(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
                s.setString(1, schema);
                s.setString(2, table);
                s.execute();
            }
            try (Statement s = c.createStatement()) {
                if (!Catalog.exists(c, "SELECT 1 FROM pg_namespace WHERE nspname = ?", schema)) {
                    s.execute("CREATE SCHEMA " + Identifiers.quote(schema));
                }
                if (!exists(c)) {
                    s.execute("CREATE TABLE " + qualified + " ("
                            + "version text NOT NULL PRIMARY KEY, "
                            + "id text NOT NULL, "
                            + "checksum text NOT NULL, "
                            + "state text NOT NULL, "
                            + "statements_done integer NOT NULL, "
                            + "applied_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(), "
                            + "execution_ms bigint NOT NULL, "
                            + "applied_by text NOT NULL DEFAULT current_user)");
                    s.execute("COMMENT ON TABLE " + qualified + " IS 'flux migration history: do not edit by hand; "
                            + "use flux repair'");
                }
            }
            if (autoCommit) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (autoCommit) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Every row in version order (segment by segment, as numbers); empty when the table is missing. */
    List<HistoryRow> read(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        if (!exists(c)) {
            return rows;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM " + qualified
                     )) {
            while (rs.next()) {
                OffsetDateTime at = rs.getObject(6, OffsetDateTime.class);
                rows.add(new HistoryRow(Version.parse(rs.getString(1)), rs.getString(2), rs.getString(3), state(rs.getString(4),
                        rs.getString(1)), rs.getInt(5), at == null ? null : at.toInstant(), rs.getLong(7)));
            }
        }
        rows.sort(Comparator.comparing(HistoryRow::version));
        return rows;
    }

    void insert(Connection c, HistoryRow row) throws SQLException {
        update(c, "INSERT INTO " + qualified + " (version, id, checksum, state, statements_done, execution_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?)", row.version().toString(), row.id(), row.checksum(), row.state().name(),
                row.statementsDone(), row.executionMillis());
    }

    /**
     * Inserts a row only while {@code lock} is held, checking that in the same round trip; returns whether
     * it was inserted.
     */
    boolean insertWhileHeld(Connection c, HistoryRow row, AdvisoryLock lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + qualified + " (version, id, checksum, state,"
                + " statements_done, execution_ms) SELECT ?, ?, ?, ?, ?, ? WHERE " + AdvisoryLock.HELD)) {
            s.setString(1, row.version().toString());
            s.setString(2, row.id());
            s.setString(3, row.checksum());
            s.setString(4, row.state().name());
            s.setInt(5, row.statementsDone());
            s.setLong(6, row.executionMillis());
            lock.bindHeld(s, 7);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Deletes the row of {@code version} only while {@code lock} is held, checking that in the same round
     * trip; returns whether the lock was held.
     */
    boolean deleteWhileHeld(Connection c, Version version, AdvisoryLock lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("WITH held AS (SELECT " + AdvisoryLock.HELD + " AS held), "
                + "gone AS (DELETE FROM " + qualified + " WHERE version = ? AND (SELECT held FROM held)) "
                + "SELECT held FROM held")) {
            lock.bindHeld(s, 1);
            s.setString(6, version.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    void update(Connection c, HistoryRow row) throws SQLException {
        update(c, "UPDATE " + qualified + " SET state = ?, statements_done = ?, execution_ms = ? WHERE version = ?",
                row.state().name(), row.statementsDone(), row.executionMillis(), row.version().toString());
    }

    void updateChecksum(Connection c, Version version, String id, String checksum) throws SQLException {
        update(c, "UPDATE " + qualified + " SET id = ?, checksum = ? WHERE version = ?", id, checksum,
                version.toString());
    }

    void delete(Connection c, Version version) throws SQLException {
        update(c, "DELETE FROM " + qualified + " WHERE version = ?", version.toString());
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private HistoryState state(String value, String version) throws SQLException {
        try {
            return HistoryState.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new SQLException("the row of version " + version + " in " + qualified + " has state '" + value
                    + "', which flux does not know (expected APPLIED, RUNNING or UNDOING); was it edited by hand?");
        }
    }
}
