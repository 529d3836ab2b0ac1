package dev.flux.mariadb.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Queries on {@code information_schema} of one database, row by row. */
final class Catalog {
    private final Connection connection;
    private final String database;

    Catalog(Connection connection, String database) {
        this.connection = connection;
        this.database = database;
    }

    String database() {
        return database;
    }

    /** What is done with each row. */
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}, whose every {@code ?} is the database's name, and hands each row to {@code handler}. */
    void each(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                s.setString(i, database);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /**
     * {@code definition} without this database's name where it qualifies a name ({@code `app`.`users`}
     * becomes {@code `users`}), so that equal schemas in two databases give equal definitions.
     */
    String unqualified(String definition) {
        return definition == null ? null : definition.replace(Identifiers.quote(database) + ".", "");
    }
}
