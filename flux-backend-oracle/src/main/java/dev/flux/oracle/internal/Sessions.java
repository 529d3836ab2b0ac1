package dev.flux.oracle.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Small session-level calls: the current schema, labels for {@code V$SESSION}, one-value queries. */
final class Sessions {
    private Sessions() {
    }

    static String currentSchema(Connection c) throws SQLException {
        return queryString(c, "SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM DUAL");
    }

    static void setCurrentSchema(Connection c, String schema) throws SQLException {
        run(c, "ALTER SESSION SET CURRENT_SCHEMA = " + Identifier.quote(schema));
    }

    /**
     * Labels the session with {@code DBMS_APPLICATION_INFO}: {@code MODULE}, {@code ACTION} and
     * {@code CLIENT_INFO} of {@code V$SESSION}; null clears them. Oracle cuts values longer than it keeps
     * (48, 32 and 64 bytes).
     */
    static void label(Connection c, String module, String action, String clientInfo) throws SQLException {
        run(c, "BEGIN DBMS_APPLICATION_INFO.SET_MODULE(?, ?); DBMS_APPLICATION_INFO.SET_CLIENT_INFO(?); END;",
                module, action, clientInfo);
    }

    /** The first column of the first row, or null when there is none. */
    static String queryString(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, values); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, values)) {
            s.execute();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }
}
