package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.SqlFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/** The plain JDBC helpers of {@code FluxDatabase}: each call on a connection of its own, auto-committed. */
final class Sql {
    private final DataSource source;
    private final UnaryOperator<String> scrub;

    /** {@code scrub} removes passwords from database messages. */
    Sql(DataSource source, UnaryOperator<String> scrub) {
        this.source = source;
        this.scrub = scrub;
    }

    private static <T> T value(ResultSet rs, Class<T> type, String sql) throws SQLException {
        if (!Numbers.handles(type)) {
            return rs.getObject(1, type);
        }
        Object value = rs.getObject(1);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw new AssertionError("expected a number, but the query returned " + value.getClass().getName()
                    + " '" + value + "': " + sql);
        }
        try {
            return type.cast(Numbers.convert(number, type));
        } catch (ArithmeticException e) {
            throw new AssertionError("the query returned " + number + ", which is not exactly a "
                    + type.getSimpleName() + ": " + sql);
        }
    }

    int update(String sql, Object... args) {
        try (Connection c = source.getConnection(); PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    List<Map<String, Object>> query(String sql, Object... args) {
        try (Connection c = source.getConnection(); PreparedStatement s = prepare(c, sql, args);
             ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Row row = new Row();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> T queryValue(String sql, Class<T> type, Object... args) {
        try (Connection c = source.getConnection(); PreparedStatement s = prepare(c, sql, args);
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("expected one row, but the query returned none: " + sql);
            }
            T value = value(rs, type, sql);
            if (rs.next()) {
                throw new AssertionError("expected one row, but the query returned several: " + sql);
            }
            return value;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }

    private FluxException failure(String sql, SQLException e) {
        return SqlFailure.of(ErrorCode.SQL, e).scrubbing(scrub).at(sql).exception("the test's statement failed: "
                + sql, null);
    }
}
