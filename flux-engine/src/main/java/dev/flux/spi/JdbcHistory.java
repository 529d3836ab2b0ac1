package dev.flux.spi;

import dev.flux.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link History} of a SQL database, written once for every backend: the table's columns, the
 * statements that read and write it, version order, the checks of what it reads, and prepared statements
 * kept between writes. A backend says where the table is ({@link #table}) and how to create it safely
 * ({@link #createTable}), and overrides how to find it ({@link #tableExists}), the column types, the clock
 * and how times are read where its dialect differs from standard SQL.
 *
 * <p>Columns: {@code VERSION} (the {@linkplain Version#normalised() normalised} version, primary key),
 * {@code ID}, {@code CHECKSUM}, {@code STATE}, {@code STATEMENTS_DONE}, {@code APPLIED_AT} (set by the
 * database on insert and again when a row becomes {@code APPLIED}) and {@code EXECUTION_MS}, written unquoted
 * so each database folds them its own way. The existence of the table is remembered once seen, and looked up
 * again when a read fails. Writes never commit, and one that finds no row fails. Not thread-safe.
 */
public abstract class JdbcHistory implements History {
    private static final String COLUMNS = "VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, EXECUTION_MS";

    private final KeptStatements statements = new KeptStatements();
    private TableName table;
    private Sql sql;
    private boolean seen;

    /** Where the history table is: its schema and name as the catalog stores them, and how SQL names it. */
    public record TableName(String schema, String name, String sql) {
        /** {@code SCHEMA.NAME}, for messages. */
        @Override
        public String toString() {
            return schema == null ? name : schema + "." + name;
        }
    }

    /**
     * A check of the migration lock folded into the history writes that commit a migration, saving the
     * separate check before the commit (see {@link JdbcHistory#lockGuard()}). With a guard, inserts become
     * {@code INSERT ... SELECT ... WHERE condition} and deletes {@code DELETE ... AND condition}.
     */
    public interface LockGuard {
        /**
         * A SQL condition that is true while this migrator holds the lock, with parameters bound by
         * {@link #bind}; null when writes need not check it now (the lock is not held).
         */
        String condition();

        /** Binds the parameters of {@link #condition()} from position {@code first} on. */
        void bind(PreparedStatement statement, int first) throws SQLException;

        /**
         * Checks the lock with a query of its own; throws a {@link dev.flux.FluxException} with code
         * {@code LOCK} when it is lost. Called when a guarded write changed no row.
         */
        void verify();

        /** Told after each history write whether that write checked the lock and found it held. */
        void afterWrite(boolean lockChecked);
    }


    /** Resolves where the history table is, through {@code connection}; called once. */
    protected abstract TableName table(Connection connection) throws SQLException;

    /**
     * Whether {@code table} exists, by the catalog; never creates it. By default, by the SQL standard's
     * {@code INFORMATION_SCHEMA.TABLES}.
     */
    protected boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            s.setString(1, table.schema());
            s.setString(2, table.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Creates {@code table} with these column definitions unless it exists, safe when another migrator does
     * it at the same moment, and creates its schema first where the backend creates schemas.
     */
    protected abstract void createTable(Connection connection, TableName table, String columns)
            throws SQLException;

    /** The type of a text column of up to {@code maxLength} characters; {@code VARCHAR(n)} by default. */
    protected String textType(int maxLength) {
        return "VARCHAR(" + maxLength + ")";
    }

    /** The type of a count; {@code INT} by default. */
    protected String integerType() {
        return "INT";
    }

    /** The type of a duration in milliseconds; {@code BIGINT} by default. */
    protected String bigintType() {
        return "BIGINT";
    }

    /** The type of {@code APPLIED_AT}; {@code TIMESTAMP WITH TIME ZONE} by default. */
    protected String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    /** The database's clock, for {@code APPLIED_AT}; {@code CURRENT_TIMESTAMP} by default. */
    protected String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    /** Column definitions after the standard ones, starting with {@code ", "}; none by default. */
    protected String extraColumns() {
        return "";
    }

    /** How {@code APPLIED_AT} is selected; the column itself by default. */
    protected String selectAppliedAt() {
        return "APPLIED_AT";
    }

    /** Reads {@code APPLIED_AT}; as an {@link OffsetDateTime} by default. */
    protected Instant appliedAt(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** The lock check folded into inserts and deletes; none (null) by default. */
    protected LockGuard lockGuard() {
        return null;
    }


    @Override
    public final boolean exists(Connection connection) throws SQLException {
        seen = tableExists(connection, resolved(connection));
        return seen;
    }

    /** Creates the table unless it was seen, or found now. */
    @Override
    public void create(Connection connection) throws SQLException {
        if (!seen) {
            TableName t = resolved(connection);
            createTable(connection, t, columns());
            seen = true;
        }
    }

    @Override
    public List<HistoryRow> read(Connection connection) throws SQLException {
        boolean remembered = seen;
        if (!remembered && !exists(connection)) {
            return List.of();
        }
        try {
            return rows(connection);
        } catch (SQLException e) {
            if (remembered && !exists(connection)) {
                return List.of(); // dropped since it was seen
            }
            throw e;
        }
    }

    @Override
    public void insert(Connection connection, HistoryRow row) throws SQLException {
        Sql s = sql(connection);
        String condition = guardCondition();
        int inserted = write(connection, condition == null ? s.insert : s.insert(condition), condition,
                row.version(), row.id(), row.checksum(), row.state().name(), row.statementsDone(),
                row.executionMillis());
        if (inserted == 0) {
            throw new SQLException("could not insert the row of version " + row.version() + " into the history"
                    + " table " + table + ": the statement inserted nothing");
        }
    }

    @Override
    public void update(Connection connection, HistoryRow row) throws SQLException {
        Sql s = sql(connection);
        int updated = row.state() == HistoryState.APPLIED
                ? write(connection, s.complete, null, row.statementsDone(), row.executionMillis(), row.version())
                : write(connection, s.update, null, row.state().name(), row.statementsDone(),
                        row.executionMillis(), row.version());
        expectRow(updated, row.version());
    }

    @Override
    public void updateChecksum(Connection connection, Version version, String id, String checksum)
            throws SQLException {
        expectRow(write(connection, sql(connection).updateChecksum, null, id, checksum, version), version);
    }

    @Override
    public void delete(Connection connection, Version version) throws SQLException {
        Sql s = sql(connection);
        String condition = guardCondition();
        expectRow(write(connection, condition == null ? s.delete : s.delete(condition), condition, version), version);
    }

    @Override
    public void close() {
        statements.close();
    }


    private String columns() {
        return "VERSION " + textType(100) + " NOT NULL PRIMARY KEY, "
                + "ID " + textType(1000) + " NOT NULL, "
                + "CHECKSUM " + textType(128) + " NOT NULL, "
                + "STATE " + textType(20) + " NOT NULL, "
                + "STATEMENTS_DONE " + integerType() + " NOT NULL, "
                + "APPLIED_AT " + timestampType() + " DEFAULT " + currentTimestamp() + " NOT NULL, "
                + "EXECUTION_MS " + bigintType() + " NOT NULL" + extraColumns();
    }

    private List<HistoryRow> rows(Connection connection) throws SQLException {
        TableName t = resolved(connection);
        List<HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql(connection).select);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString(1);
                rows.add(new HistoryRow(version(t, version), rs.getString(2), rs.getString(3),
                        state(t, version, rs.getString(4)), rs.getInt(5), appliedAt(rs, 6), rs.getLong(7)));
            }
        }
        rows.sort(Comparator.comparing(HistoryRow::version));
        return rows;
    }

    private String guardCondition() {
        LockGuard guard = lockGuard();
        return guard == null ? null : guard.condition();
    }

    /**
     * Runs a write with {@code values}, and the lock guard's parameters after them when {@code condition} is
     * set; returns how many rows it changed. A guarded write that changed nothing checks the lock.
     */
    private int write(Connection connection, String statement, String condition, Object... values)
            throws SQLException {
        LockGuard guard = lockGuard();
        PreparedStatement s = statements.prepare(connection, statement);
        for (int i = 0; i < values.length; i++) {
            bind(s, i + 1, values[i]);
        }
        if (condition != null) {
            guard.bind(s, values.length + 1);
        }
        int changed = s.executeUpdate();
        if (changed == 0 && condition != null) {
            guard.verify();
        }
        if (guard != null) {
            guard.afterWrite(condition != null && changed > 0);
        }
        return changed;
    }

    private void expectRow(int changed, Version version) throws SQLException {
        if (changed == 0) {
            throw new SQLException("the history table " + table + " has no row for version " + version
                    + "; was it changed by hand while flux ran?");
        }
    }

    private static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value instanceof Version v) {
            s.setString(index, v.normalised());
        } else if (value instanceof String text) {
            s.setString(index, text);
        } else if (value instanceof Integer n) {
            s.setInt(index, n);
        } else {
            s.setLong(index, (Long) value);
        }
    }

    private TableName resolved(Connection connection) throws SQLException {
        if (table == null) {
            table = table(connection);
        }
        return table;
    }

    private Sql sql(Connection connection) throws SQLException {
        if (sql == null) {
            sql = new Sql(resolved(connection).sql(), selectAppliedAt(), currentTimestamp());
        }
        return sql;
    }

    private static Version version(TableName table, String text) throws SQLException {
        if (!Version.isVersion(text)) {
            throw new SQLException("the history table " + table + " has the version '" + text + "', which is not"
                    + " a version; was it edited by hand? Set it to the version of the migration named in ID.");
        }
        return Version.parse(text);
    }

    private static HistoryState state(TableName table, String version, String state) throws SQLException {
        try {
            return HistoryState.valueOf(String.valueOf(state));
        } catch (IllegalArgumentException e) {
            throw new SQLException("the history table " + table + " has state '" + state + "' for version "
                    + version + "; set it to APPLIED, BASELINE, RUNNING or UNDOING (a row that is neither APPLIED nor"
                    + " BASELINE counts as failed and is removed by repair).");
        }
    }

    /** The statements on one table. */
    private static final class Sql {
        final String table;
        final String select;
        final String insert;
        final String update;
        final String complete;
        final String updateChecksum;
        final String delete;

        Sql(String table, String appliedAt, String now) {
            this.table = table;
            this.select = "SELECT VERSION, ID, CHECKSUM, STATE, STATEMENTS_DONE, " + appliedAt + ", EXECUTION_MS"
                    + " FROM " + table;
            this.insert = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
            this.update = "UPDATE " + table + " SET STATE = ?, STATEMENTS_DONE = ?, EXECUTION_MS = ? WHERE VERSION = ?";
            // APPLIED_AT first: MySQL and MariaDB assign left to right, so it must see the old STATE
            this.complete = "UPDATE " + table + " SET APPLIED_AT = CASE WHEN STATE <> 'APPLIED' THEN " + now
                    + " ELSE APPLIED_AT END, STATE = 'APPLIED', STATEMENTS_DONE = ?, EXECUTION_MS = ?"
                    + " WHERE VERSION = ?";
            this.updateChecksum = "UPDATE " + table + " SET ID = ?, CHECKSUM = ? WHERE VERSION = ?";
            this.delete = "DELETE FROM " + table + " WHERE VERSION = ?";
        }

        String insert(String condition) {
            return "INSERT INTO " + table + " (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ? WHERE " + condition;
        }

        String delete(String condition) {
            return delete + " AND " + condition;
        }
    }
}
