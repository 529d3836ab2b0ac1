package dev.flux.h2.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a query of {@code INFORMATION_SCHEMA} and hands each row to a callback. */
final class Rows {
    /** What to do with one row. */
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    static void each(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }
}
