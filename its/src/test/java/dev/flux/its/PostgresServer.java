package dev.flux.its;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL server of the postgres case: {@code FLUX_TEST_POSTGRES_URL}, by default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres} ({@link LocalServer#postgres()}). The case runs in a
 * schema of its own, created by its prebuild script and dropped by its verify script.
 */
public final class PostgresServer {
    private static final LocalServer SERVER = LocalServer.postgres();

    private PostgresServer() {
    }

    public static String url() {
        return SERVER.url();
    }

    /**
     * Whether the case can run: true when the server answers. When none answers it prints why and returns
     * false (the case is skipped), except under {@code CI=true}, where it returns true so that the case
     * fails. Any other connection problem, such as a wrong password, also returns true: it is a failure.
     */
    public static boolean available() {
        Optional<String> skip;
        try {
            skip = SERVER.skipReason();
        } catch (AssertionError mustFail) {
            System.out.println("Not skipping the postgres case: " + mustFail.getMessage());
            return true;
        }
        skip.ifPresent(reason -> System.out.println("Skipping the postgres case: " + reason));
        return skip.isEmpty();
    }

    /** A connection with auto-commit, to the server of {@link #url()}. */
    public static Connection connect() throws SQLException {
        Connection c = new org.postgresql.Driver().connect(url(), new Properties());
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL in FLUX_TEST_POSTGRES_URL");
        }
        return c;
    }

    /** Runs {@code sql}, which returns no rows. */
    public static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of every row of {@code sql}, as text. */
    public static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The tables (not views) of {@code schema}, sorted. */
    public static List<String> tables(String schema) throws SQLException {
        return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    /** The views of {@code schema}, sorted. */
    public static List<String> views(String schema) throws SQLException {
        return strings("SELECT table_name FROM information_schema.views WHERE table_schema = '" + schema
                + "' ORDER BY table_name");
    }
}
