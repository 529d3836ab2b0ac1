package dev.flux.postgres.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The schema flux works in when {@code backend.schema} is not set: the connection's current schema. */
final class Schemas {
    private Schemas() {
    }

    /** {@code current_schema()}; fails with {@code CONFIG} when no schema on the search path exists. */
    static String current(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_schema(), current_setting('search_path')")) {
            rs.next();
            if (rs.getString(1) == null) {
                throw new FluxException(ErrorCode.CONFIG, "the connection has no current schema: no schema on its "
                        + "search_path (" + rs.getString(2) + ") exists. Set backend.schema in flux.toml (flux "
                        + "creates it if missing), or create the schema, or fix the search_path of the user.");
            }
            return rs.getString(1);
        }
    }
}
