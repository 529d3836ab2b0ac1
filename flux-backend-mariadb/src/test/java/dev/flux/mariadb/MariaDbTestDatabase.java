package dev.flux.mariadb;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB server flux's own tests run against ({@link LocalServer#mariadb()}: {@code FLUX_TEST_MARIADB_URL},
 * by default the local one). As an extension ({@code @ExtendWith(MariaDbTestDatabase.class)}) it skips each
 * test with a message when no server answers, except under {@code CI=true}, where the tests fail; any
 * other connection problem always fails them. Each test works in a fresh database of its own, dropped
 * afterwards.
 */
final class MariaDbTestDatabase implements ExecutionCondition {
    static final LocalServer SERVER = LocalServer.mariadb();
    static final String URL = SERVER.url();

    MariaDbTestDatabase() {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("checked for each test");
        }
        return SERVER.skipReason().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("MariaDB answers at " + SERVER.redactedUrl()));
    }

    /** A data source on the URL's database. */
    static MariaDbDataSource server() throws SQLException {
        return new MariaDbDataSource(URL);
    }

    /** Runs administrative SQL on the URL's database. */
    static void admin(String sql) throws SQLException {
        try (Connection c = server().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A new empty database; the connections of its data source have it as their current database. */
    static Database freshDatabase() throws SQLException {
        SERVER.assumeAvailable();
        String name = "flux_tck_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        return new Database(name);
    }

    /** {@link #URL} with {@code database} as its database. */
    static String urlOf(String database) {
        return URL.replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/?]*)(/[^?]*)?", "$1/" + database);
    }

    /** A database of the test server, dropped by {@link #close()}. */
    record Database(String name) implements AutoCloseable {
        /** A data source on this database. */
        MariaDbDataSource dataSource() {
            try {
                return new MariaDbDataSource(url());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        String url() {
            return urlOf(name);
        }

        /** Runs SQL in this database. */
        void sql(String sql) throws SQLException {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        /** The single number {@code query} returns. */
        long count(String query) throws SQLException {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** The single text {@code query} returns. */
        String text(String query) throws SQLException {
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(query)) {
                rs.next();
                return rs.getString(1);
            }
        }

        @Override
        public void close() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }
}
