package dev.flux.reliability;

import dev.flux.Flux;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Looks at a hostile case's database through a {@code flux.toml} of its own (the case may break the
 * project's), with an empty migration folder: the schema snapshot and the history.
 */
final class Observer {
    private final Path config;

    Observer(HostileProject project) throws IOException {
        Path folder = project.directory.resolveSibling(project.directory.getFileName() + "-observer");
        Files.createDirectories(folder.resolve("none"));
        config = Files.writeString(folder.resolve("flux.toml"),
                project.credentials.toml(project.backend, "none", project.options));
    }

    /** What a hostile input must not change. */
    record State(SchemaSnapshot snapshot, boolean historyExists, List<String> history) {
    }

    State state() throws SQLException {
        SchemaSnapshot snapshot;
        try (Flux flux = Flux.builder().config(config).build()) {
            snapshot = flux.snapshot();
        }
        MigrationBackend backend = Backends.open(config, Duration.ofSeconds(2), "flux-observer");
        try {
            boolean exists = backend.history().exists(backend.connection());
            List<String> rows = exists
                    ? backend.history().read(backend.connection()).stream().map(Observer::describe).toList()
                    : List.of();
            return new State(snapshot, exists, rows);
        } finally {
            backend.close();
        }
    }

    /** A history row without its times and checksum: version, id, state, statements done. */
    static String describe(HistoryRow row) {
        return "V" + row.version() + " " + row.id() + " " + row.state() + " " + row.statementsDone();
    }
}
