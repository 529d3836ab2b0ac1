package dev.flux.reliability;

import dev.flux.Flux;
import dev.flux.MigrationInfo;
import dev.flux.MigrationState;
import dev.flux.spi.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One round's project folder: the {@link MigrationSet} in {@code migrations/}, and a {@code flux.toml}
 * per migrator, each reaching the database through a password channel of its own.
 */
final class Round {
    private final Path directory;
    private final String backend;
    private final Function<Credentials.Channel, Credentials> credentials;
    private final Map<String, Object> backendOptions;

    Round(Path directory, String backend, Function<Credentials.Channel, Credentials> credentials,
          Map<String, Object> backendOptions) throws IOException {
        this.directory = directory;
        this.backend = backend;
        this.credentials = credentials;
        this.backendOptions = backendOptions;
        MigrationSet.write(directory.resolve("migrations"));
    }

    /** Writes {@code flux-<index>.toml}, whose password channel cycles with {@code index}; returns its path. */
    Path config(int index) throws IOException {
        Credentials.Channel channel = Credentials.Channel.values()[index % Credentials.Channel.values().length];
        Path file = directory.resolve("flux-" + index + ".toml");
        Files.writeString(file, credentials.apply(channel).toml(backend, "migrations", backendOptions));
        return file;
    }

    /** The environment the migrator of {@code index} needs. */
    Map<String, String> environment(int index) {
        Credentials.Channel channel = Credentials.Channel.values()[index % Credentials.Channel.values().length];
        return credentials.apply(channel).environment();
    }

    /** The environment the migrator of {@code config} (written by {@link #config(int)}) needs. */
    Map<String, String> environment(Path config) {
        String name = config.getFileName().toString();
        return environment(Integer.parseInt(name.substring("flux-".length(), name.length() - ".toml".length())));
    }

    /** A migrator in this JVM, with the [connection] password. */
    Flux flux() throws IOException {
        return Flux.builder().config(config(0)).build();
    }

    /**
     * Checks the end state of a round: every migration APPLIED, each logged exactly once, and the
     * schema equal to {@code reference}. Returns the problems found, empty when there are none.
     */
    List<String> problems(Flux flux, Connection c, SchemaSnapshot reference) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<MigrationInfo> rows = flux.status().migrations();
        long applied = rows.stream().filter(m -> m.state() == MigrationState.APPLIED).count();
        if (rows.size() != MigrationSet.SIZE || applied != MigrationSet.SIZE) {
            problems.add("status: " + rows.stream().map(m -> m.id() + "=" + m.state()).toList());
        }
        for (int n = 2; n <= MigrationSet.SIZE; n++) {
            long logged = MigrationSet.logRows(c, n);
            if (logged != 1) {
                problems.add("V" + n + " was applied " + logged + " times");
            }
        }
        problems.addAll(flux.snapshot().differencesFrom(reference, false));
        return problems;
    }
}
