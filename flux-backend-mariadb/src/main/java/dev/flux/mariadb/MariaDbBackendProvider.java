package dev.flux.mariadb;

import dev.flux.mariadb.internal.MariaDbBackend;
import dev.flux.mariadb.internal.MariaDbOptions;
import dev.flux.mariadb.internal.MariaDbTestDatabases;
import dev.flux.mariadb.internal.MysqlScheme;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.StatementSplitter;
import dev.flux.spi.TestDatabases;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The MariaDB backend, {@code backend = "mariadb"} ({@link MySqlBackendProvider} serves the same as
 * {@code "mysql"}), for {@code jdbc:mariadb:} and {@code jdbc:mysql:} URLs. Options: {@code schema} (the
 * database of the history table and the migrations; default: the connection's current database; created if
 * missing), {@code table} (default {@code flux_migrations}) and {@code lock_timeout}.
 *
 * <p>DDL commits implicitly, so every migration follows the running-row protocol. The lock is
 * {@code GET_LOCK} on a session of its own. Test databases (flux-junit): a database per test class, dropped
 * after the class, on the server of {@code flux.test.url}.
 */
public class MariaDbBackendProvider implements BackendProvider {
    private static final StatementSplitter SPLITTER = new MariaDbStatementSplitter();

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public Set<String> urlPrefixes() {
        return Set.of("jdbc:mariadb:", "jdbc:mysql:");
    }

    @Override
    public Set<String> options() {
        return MariaDbOptions.NAMES;
    }

    @Override
    public StatementSplitter splitter() {
        return SPLITTER;
    }

    @Override
    public void checkOptions(BackendContext context) {
        MariaDbOptions.of(context);
    }

    @Override
    public MigrationBackend open(BackendContext context) {
        return new MariaDbBackend(context, MariaDbOptions.of(context));
    }

    /**
     * A {@code jdbc:mysql:} URL as MariaDB Connector/J accepts it (with {@code permitMysqlScheme}) when MySQL
     * Connector/J is not on the class path; any other URL as it is.
     */
    @Override
    public String resolveUrl(String url, Path configDirectory) {
        return MysqlScheme.permitted(url);
    }

    @Override
    public Optional<TestDatabases> testDatabases() {
        return Optional.of(new MariaDbTestDatabases());
    }
}
