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
 * The MariaDB server of the mariadb cases ({@link LocalServer#mariadb()}: {@code FLUX_TEST_MARIADB_URL}, by
 * default the local one). The mariadb case runs in a database of its own, created by its prebuild script and
 * dropped by its verify script; junit-mariadb's classes each get one from flux-junit.
 */
public final class MariaDbServer {
    private static final LocalServer SERVER = LocalServer.mariadb();

    private MariaDbServer() {
    }

    public static String url() {
        return SERVER.url();
    }

    /** {@link #url()} with {@code database} as its database. */
    public static String urlOf(String database) {
        return url().replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/?]*)(/[^?]*)?", "$1/" + database);
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
            System.out.println("Not skipping the mariadb case: " + mustFail.getMessage());
            return true;
        }
        skip.ifPresent(reason -> System.out.println("Skipping the mariadb case: " + reason));
        return skip.isEmpty();
    }

    /** A connection with auto-commit, to the server of {@link #url()}. */
    public static Connection connect() throws SQLException {
        Connection c = new org.mariadb.jdbc.Driver().connect(url(), new Properties());
        if (c == null) {
            throw new SQLException("not a MariaDB JDBC URL in FLUX_TEST_MARIADB_URL");
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
}
