package dev.flux.internal.settings;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.internal.discovery.Discovery;
import dev.flux.spi.BackendContext;
import dev.flux.spi.MigrationBackend;
import java.util.Objects;

/** Everything a {@link dev.flux.Flux} runs with, one part per feature, as {@link SettingsResolver} made it. */
public record Settings(BackendSettings backend, MigrationSettings migrations, DatabaseSettings database,
                       RunSettings run) {
    /** The name a migrator's sessions carry in the database ({@code application_name} and the like). */
    static final String APPLICATION_NAME = "flux";

    public Settings {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(run, "run");
    }

    /** What the backend is opened with. */
    public BackendContext context() {
        return new BackendContext(database.dataSource().orElse(null), backend.options(), backend.lockTimeout(),
                APPLICATION_NAME, database.secrets());
    }

    /** Finds the migrations now, the pre- and post-apply scripts only when they run. */
    public Discovery discover() {
        return migrations.discover(run.repeatables());
    }

    /** Opens the backend; fails with {@code CONNECT} when no database is configured. */
    public MigrationBackend openBackend() {
        if (database.dataSource().isEmpty()) {
            throw new FluxException(ErrorCode.CONNECT, "no database configured. Set url under [connection] in "
                    + "flux.toml, the system property flux.url, the environment variable FLUX_URL, or call "
                    + "url(...) or dataSource(...) on the builder.");
        }
        return backend.provider().open(context());
    }
}
