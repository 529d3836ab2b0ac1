package dev.flux.oracle.internal;

import dev.flux.spi.BackendContext;
import dev.flux.spi.JdbcHistory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * The history table on Oracle, in the schema of {@link FluxTables}. Text columns use character semantics
 * ({@code VARCHAR2(n CHAR)}) so multi-byte ids fit; every text value is non-empty, as Oracle stores
 * {@code ''} as NULL. {@code APPLIED_AT} is a {@code TIMESTAMP WITH TIME ZONE} that the database sets from
 * {@code SYSTIMESTAMP} (its own clock and zone, not the JVM's) and that is read in UTC. ORA-00955 from a
 * migrator that created the table a moment earlier counts as success ({@link Ddl#createTable}).
 */
final class OracleHistory extends JdbcHistory {
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final BackendContext context;

    OracleHistory(BackendContext context) {
        this.context = context;
    }

    @Override
    protected TableName table(Connection connection) throws SQLException {
        FluxTables tables = FluxTables.of(connection, context);
        return new TableName(tables.schema(), tables.history(), tables.historySql());
    }

    @Override
    protected boolean tableExists(Connection connection, TableName table) throws SQLException {
        return Ddl.tableExists(connection, table.schema(), table.name());
    }

    @Override
    protected void createTable(Connection connection, TableName table, String columns) throws SQLException {
        Ddl.createTable(connection, table.schema(), table.name(),
                "CREATE TABLE " + table.sql() + " (" + columns + ")");
    }

    @Override
    protected String textType(int maxLength) {
        return "VARCHAR2(" + maxLength + " CHAR)";
    }

    @Override
    protected String integerType() {
        return "NUMBER(10)";
    }

    @Override
    protected String bigintType() {
        return "NUMBER(19)";
    }

    @Override
    protected String currentTimestamp() {
        return "SYSTIMESTAMP";
    }

    @Override
    protected String selectAppliedAt() {
        return "SYS_EXTRACT_UTC(APPLIED_AT)";
    }

    @Override
    protected Instant appliedAt(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column, (Calendar) UTC.clone());
        return at == null ? null : at.toInstant();
    }
}
