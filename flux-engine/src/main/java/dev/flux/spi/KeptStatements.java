package dev.flux.spi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept open on one connection, by SQL text, so that writes repeated for every
 * migration do not create a statement each time. Asked for another connection, it closes those it kept.
 */
final class KeptStatements implements AutoCloseable {
    private final Map<String, PreparedStatement> bySql = new HashMap<>();
    private Connection connection;

    PreparedStatement prepare(Connection c, String sql) throws SQLException {
        if (c != connection) {
            close();
            connection = c;
        }
        PreparedStatement kept = bySql.get(sql);
        if (kept == null || kept.isClosed()) {
            kept = c.prepareStatement(sql);
            bySql.put(sql, kept);
        }
        return kept;
    }

    @Override
    public void close() {
        for (PreparedStatement s : bySql.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                // the connection is gone, and the statement with it
            }
        }
        bySql.clear();
        connection = null;
    }
}
