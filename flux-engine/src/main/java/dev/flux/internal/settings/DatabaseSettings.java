package dev.flux.internal.settings;

import dev.flux.Secrets;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.jdbc.DriverDataSource;
import dev.flux.spi.BackendProvider;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The database: where connections come from (a data source given to the builder, or one on the effective
 * URL, user and password), how it is shown (its URL with passwords hidden) and the secrets to scrub from
 * messages. Building it never connects. {@link #toString()} shows no password.
 */
public final class DatabaseSettings {
    private final DataSource dataSource;
    private final boolean dataSourceGiven;
    private final ConnectionSettings connection;
    private final Secrets secrets;

    private DatabaseSettings(DataSource dataSource, boolean dataSourceGiven, ConnectionSettings connection,
                             Secrets secrets) {
        this.dataSource = dataSource;
        this.dataSourceGiven = dataSourceGiven;
        this.connection = connection;
        this.secrets = secrets;
    }

    /**
     * The URL, user and password each from the first of: the builder, the system properties {@code flux.*},
     * the environment variables {@code FLUX_*}, the server credentials (user and password only) and
     * {@code [connection]} of {@code file}; or only the builder's when it was told to ignore the others.
     *
     * @param file {@code flux.toml}, or null
     * @throws dev.flux.FluxException with code {@code CONFIG} when credentials are given both to the builder
     *                                and as server credentials
     */
    public static ConnectionSettings connection(Given.Database given, FluxConfig file, Environment environment) {
        return given.withoutConnectionSettings() ? given.explicit()
                : ConnectionSettings.resolve(given.explicit(), environment.systemProperties(),
                        environment.variables(), given.server(), file == null ? null : file.connection());
    }

    /** The database of {@link #connection the effective connection settings}. */
    public static DatabaseSettings resolve(Given.Database given, FluxConfig file, BackendProvider provider,
                                           ClassLoader loader, Environment environment) {
        return resolve(given, connection(given, file, environment), file, provider, loader);
    }

    /**
     * The database on {@code connection}: a data source given to the builder wins over the URL; else a
     * relative path in the URL is resolved by the backend against the folder of {@code file} (the working
     * directory without one).
     *
     * @param file {@code flux.toml}, or null
     */
    public static DatabaseSettings resolve(Given.Database given, ConnectionSettings connection, FluxConfig file,
                                           BackendProvider provider, ClassLoader loader) {
        Secrets secrets = Secrets.of(connection.password(), connection.url());
        if (given.dataSource() != null) {
            return new DatabaseSettings(given.dataSource(), true, connection, secrets);
        }
        if (connection.url() == null) {
            return new DatabaseSettings(null, false, connection, secrets);
        }
        Path base = file != null ? file.directory() : Path.of("").toAbsolutePath();
        ConnectionSettings resolved = new ConnectionSettings(provider.resolveUrl(connection.url(), base),
                connection.user(), connection.password());
        DataSource driver = new DriverDataSource(resolved.url(), resolved.user(), resolved.password(), loader);
        return new DatabaseSettings(driver, false, resolved, secrets);
    }

    /** Where connections come from; empty when no database is configured. */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(dataSource);
    }

    /**
     * The effective URL (as the backend resolved it), user and password; with a data source given to the
     * builder, only its credentials may matter for scrubbing.
     */
    public ConnectionSettings connection() {
        return connection;
    }

    /** For display: the URL with passwords hidden, or what stands in for it. */
    public String description() {
        if (dataSource == null) {
            return "(no database configured)";
        }
        return dataSourceGiven ? "(the given data source)" : Secrets.redactUrl(connection.url());
    }

    /** The password and the passwords of the URL, to scrub from messages. */
    public Secrets secrets() {
        return secrets;
    }

    /** {@code message} without the password or any password of the URL, and with JDBC URLs redacted. */
    public String scrub(String message) {
        return secrets.scrub(message);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + description() + ", user=" + connection.user() + "]";
    }
}
