package dev.flux.reliability;

import dev.flux.FluxConfiguration;
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
        FluxConfiguration file = FluxConfiguration.read(config);
        ClassLoader loader = Backends.class.getClassLoader();
        BackendProvider provider = file.backendProvider(loader);
        ConnectionTable connection = ConnectionTable.of(config);
        String url = provider.resolveUrl(connection.url(), file.directory());
        return provider.open(new BackendContext(connection.dataSource(url), file.backendOptions(), lockTimeout, name,
                dev.flux.Secrets.of(connection.password(), connection.url())));
    }
}
