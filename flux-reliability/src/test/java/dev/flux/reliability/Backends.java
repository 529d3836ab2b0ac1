package dev.flux.reliability;

import dev.flux.internal.config.ConfigLoader;
import dev.flux.internal.config.ConnectionSettings;
import dev.flux.internal.config.FluxConfig;
import dev.flux.internal.jdbc.DriverDataSource;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import java.nio.file.Path;
import java.time.Duration;

/** The backend SPI of the database a {@code flux.toml} names, for looking at the lock and the history directly. */
final class Backends {
    private Backends() {
    }

    /** The backend of {@code config}, not yet connected; {@code name} labels its sessions. */
    static MigrationBackend open(Path config, Duration lockTimeout, String name) {
        FluxConfig file = ConfigLoader.load(config);
        ClassLoader loader = Backends.class.getClassLoader();
        BackendProvider provider = dev.flux.internal.Backends.find(file.backend(), loader, null);
        ConnectionSettings connection = file.connection();
        DriverDataSource dataSource = new DriverDataSource(provider.resolveUrl(connection.url(), file.directory()),
                connection.user(), connection.password(), loader);
        return provider.open(new BackendContext(dataSource, file.backendOptions(), lockTimeout, name,
                dev.flux.Secrets.of(connection.password(), connection.url())));
    }
}
