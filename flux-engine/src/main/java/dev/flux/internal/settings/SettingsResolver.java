package dev.flux.internal.settings;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.config.ConfigLoader;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.jdbc.DriverDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Resolves what a builder was given into {@link Settings}: reads {@code flux.toml} when one is given, then
 * resolves each feature on its own (the connection settings, the backend, which may follow from their URL,
 * migrations, database, run). Configuration problems of the different features are reported together in one
 * {@code CONFIG} error; a syntax error in {@code flux.toml} or an unknown backend stops at once. Never
 * connects.
 */
public final class SettingsResolver {
    private final Environment environment;

    public SettingsResolver(Environment environment) {
        this.environment = environment;
    }

    /** A resolver that reads this process's system properties and environment variables. */
    public static SettingsResolver ofThisProcess() {
        return new SettingsResolver(Environment.ofThisProcess());
    }

    /**
     * The settings of {@code given}, with the backend's option values checked by the backend.
     *
     * @throws FluxException with code {@code CONFIG} listing every configuration problem found, or
     *                       {@code BACKEND} when the backend is unknown
     */
    public Settings resolve(Given given) {
        FluxConfig file = read(given);
        List<String> problems = new ArrayList<>();
        ConnectionSettings connection = collect(problems,
                () -> DatabaseSettings.connection(given.database(), file, environment));
        String url = connection == null || given.database().dataSource() != null ? null : connection.url();
        BackendSettings backend = collect(problems,
                () -> BackendSettings.resolve(given.backend(), file, url, given.classLoader()));
        MigrationSettings migrations = collect(problems,
                () -> MigrationSettings.resolve(given.migrations(), file, given.classLoader()));
        DatabaseSettings database = backend == null || connection == null ? null : collect(problems,
                () -> DatabaseSettings.resolve(given.database(), connection, file, backend.provider(),
                        given.classLoader()));
        if (!problems.isEmpty()) {
            throw new FluxException(ErrorCode.CONFIG, String.join("\n", problems));
        }
        database.dataSource().filter(DriverDataSource.class::isInstance)
                .ifPresent(source -> ((DriverDataSource) source).retryBusyFileFor(backend.lockTimeout()));
        Settings settings = new Settings(backend, migrations, database, RunSettings.resolve(given.run(), file));
        backend.provider().checkOptions(settings.context());
        return settings;
    }

    /** {@code flux.toml}, without its {@code [connection]} values when the builder ignores them; or null. */
    private FluxConfig read(Given given) {
        if (given.config() == null) {
            return null;
        }
        return given.database().withoutConnectionSettings()
                ? ConfigLoader.loadWithoutConnection(given.config(), environment.variables(),
                        environment.systemProperties())
                : ConfigLoader.load(given.config(), environment.variables(), environment.systemProperties());
    }

    /** The value of {@code step}, or null after adding its {@code CONFIG} problem to {@code problems}. */
    private static <T> T collect(List<String> problems, Supplier<T> step) {
        try {
            return step.get();
        } catch (FluxException e) {
            if (e.code() != ErrorCode.CONFIG) {
                throw e;
            }
            problems.add(e.getMessage().substring(ErrorCode.CONFIG.id().length() + 2));
            return null;
        }
    }
}
