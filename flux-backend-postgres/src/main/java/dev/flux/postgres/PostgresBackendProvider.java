package dev.flux.postgres;

import dev.flux.postgres.internal.PostgresBackend;
import dev.flux.postgres.internal.PostgresOptions;
import dev.flux.postgres.internal.PostgresTestDatabases;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.StatementSplitter;
import dev.flux.spi.TestDatabases;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL backend, {@code backend = "postgres"}. Options: {@code schema} (default: the
 * connection's current schema; created if missing), {@code table} (default {@code flux_migrations}),
 * {@code lock_id} (the advisory lock key, default 3589) and {@code lock_timeout}.
 *
 * <p>Test databases (flux-junit): a database per test class, dropped after the class, on the server of
 * {@code flux.test.url}, or else in a Testcontainers container where the tests have
 * {@code org.testcontainers:postgresql} and Docker answers; copies with {@code CREATE DATABASE ... TEMPLATE}.
 */
public final class PostgresBackendProvider implements BackendProvider {
    private static final StatementSplitter SPLITTER = new PostgresStatementSplitter();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Set<String> urlPrefixes() {
        return Set.of("jdbc:postgresql:");
    }

    @Override
    public Set<String> options() {
        return PostgresOptions.NAMES;
    }

    @Override
    public StatementSplitter splitter() {
        return SPLITTER;
    }

    @Override
    public void checkOptions(BackendContext context) {
        PostgresOptions.of(context);
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        return new PostgresBackend(context, PostgresOptions.of(context));
    }

    @Override
    public Optional<TestDatabases> testDatabases() {
        return Optional.of(new PostgresTestDatabases());
    }
}
