package dev.flux.h2.internal;

import dev.flux.spi.BackendContext;
import dev.flux.spi.JdbcHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The history table on H2, in the schema of {@link FluxTables}: standard SQL types, created with
 * {@code IF NOT EXISTS} and retried as {@link Ddl} does, so that two migrators may create it at once. When the
 * {@code schema} option is set, creating the table also makes that schema the connection's current schema.
 */
public final class H2History extends JdbcHistory {
    private final BackendContext context;
    private FluxTables tables;

    public H2History(BackendContext context) {
        this.context = context;
    }

    @Override
    protected TableName table(Connection connection) throws SQLException {
        tables = FluxTables.of(connection, context);
        return new TableName(tables.schema(), tables.history(), tables.historySql());
    }

    @Override
    protected void createTable(Connection connection, TableName table, String columns) throws SQLException {
        Ddl.createSchema(connection, table.schema());
        Ddl.createTable(connection, table.schema(), table.name(), columns);
    }

    /** Creates the table if needed, then makes the configured schema the connection's current one. */
    @Override
    public void create(Connection connection) throws SQLException {
        super.create(connection);
        if (tables.schemaConfigured()) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET SCHEMA " + tables.schemaSql());
            }
        }
    }
}
