package dev.flux.postgres;

import dev.flux.tck.LocalServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server flux's own tests run against: {@code FLUX_TEST_POSTGRES_URL}, by default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres} ({@link LocalServer#postgres()}). As an extension
 * ({@code @ExtendWith(PostgresTestDatabase.class)}) it skips each test with a message when no server
 * answers, except under {@code CI=true}, where the tests fail; any other connection problem
 * (authentication, a missing database) always fails them. Each test works in a fresh schema or database of
 * its own, dropped afterwards.
 */
final class PostgresTestDatabase implements ExecutionCondition {
    static final LocalServer SERVER = LocalServer.postgres();
    static final String URL = SERVER.url();

    PostgresTestDatabase() {
    }

    /** Disables each test with a message when no PostgreSQL answers; fails it where that is not allowed. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("checked for each test");
        }
        return SERVER.skipReason().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL answers at " + SERVER.redactedUrl()));
    }

    /** Aborts the calling test (fails it under {@code CI=true}) when no PostgreSQL answers. */
    static void assumeAvailable() {
        SERVER.assumeAvailable();
    }

    /** A data source on the server's database, with the user and password of the URL. */
    static PGSimpleDataSource server() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        ds.setConnectTimeout(5);
        return ds;
    }

    /** Runs administrative SQL on the server's database. */
    static void admin(String sql) throws SQLException {
        try (Connection c = server().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A new empty schema; connections of its data source have it as their search_path. */
    static Schema freshSchema() throws SQLException {
        assumeAvailable();
        String name = uniqueName("flux_tck_");
        admin("CREATE SCHEMA " + name);
        PGSimpleDataSource ds = server();
        ds.setCurrentSchema(name);
        return new Schema(name, ds);
    }

    /** A new empty database (for tests that CREATE INDEX CONCURRENTLY, which waits on the whole database). */
    static Database freshDatabase() throws SQLException {
        assumeAvailable();
        String name = uniqueName("flux_test_");
        admin("CREATE DATABASE " + name);
        PGSimpleDataSource ds = server();
        ds.setDatabaseName(name);
        return new Database(name, ds);
    }

    private static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** A schema of the test server, dropped with everything in it by {@link #close()}. */
    record Schema(String name, PGSimpleDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            admin("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    /** A database of the test server, dropped (its sessions ended) by {@link #close()}. */
    record Database(String name, PGSimpleDataSource dataSource) implements AutoCloseable {
        /** Another data source on this database, sharing nothing with {@link #dataSource()}. */
        PGSimpleDataSource newDataSource() {
            PGSimpleDataSource ds = server();
            ds.setDatabaseName(name);
            return ds;
        }

        /** Runs SQL in this database. */
        void sql(String sql) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
