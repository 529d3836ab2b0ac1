package dev.flux.postgres.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Catalog queries: SQL kept in {@code <name>.sql} next to this class, run with string parameters. */
final class Catalog {
    private Catalog() {
    }

    /** One row of a query result. */
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The query in resource {@code <name>.sql}. */
    static String query(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("catalog query " + name + ".sql is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(Connection c, String sql, String... parameters) throws SQLException {
        return !rows(c, sql, rs -> Boolean.TRUE, parameters).isEmpty();
    }

    static <T> List<T> rows(Connection c, String sql, RowReader<T> reader, String... parameters)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
            }
            return result;
        }
    }

    /** The text array in column {@code label}, as a list. */
    static List<String> strings(ResultSet rs, String label) throws SQLException {
        Array array = rs.getArray(label);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
