package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs a data dictionary query with parameters and hands each row to a callback. */
final class Rows {
    /** What to do with one row. Columns of type LONG must be read in select-list order. */
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    static void each(Connection c, String sql, Row row, Object... values) throws SQLException {
        try (PreparedStatement s = Sessions.prepare(c, sql, values); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }
}
