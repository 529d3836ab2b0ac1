package dev.flux.tck;

import dev.flux.Flux;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.MigrationBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the kits that drive the whole backend through the engine share: the backend found by name as users
 * find it, a migration directory per test, migrators on the test database, and the history as the backend
 * reads it.
 */
public abstract class EngineTckBase extends TckBase {
    /** The backend's name, as in {@code backend = "..."}. */
    protected abstract String backendName();

    /** The migration directory of the current test. */
    protected Path migrations;

    @TempDir
    Path tempDir;

    @BeforeEach
    void createMigrationDirectory() throws IOException {
        migrations = Files.createDirectories(tempDir.resolve("migrations"));
    }

    /** The backend under test, found like a user's would be, with {@link ServiceLoader}. */
    protected BackendProvider provider() {
        return BackendTck.provider(backendName());
    }

    /** A backend on the test database, closed after the test. */
    protected MigrationBackend backend(Duration lockTimeout) {
        return closeAfter(provider().open(context(lockTimeout)));
    }

    /** The history as the backend reads it, on a backend of its own. */
    protected List<HistoryRow> history() throws SQLException {
        MigrationBackend backend = backend(Duration.ofSeconds(5));
        return backend.history().read(backend.connection());
    }

    /** A migrator on the test database and {@link #migrations}, closed after the test. */
    protected Flux flux() {
        return flux(Duration.ofSeconds(30));
    }

    /** A migrator as {@link #flux()} makes it, waiting up to {@code lockTimeout} for the lock. */
    protected Flux flux(Duration lockTimeout) {
        Flux.Builder builder = Flux.builder().backend(backendName()).migrationDirectory(migrations)
                .dataSource(database.dataSource()).lockTimeout(lockTimeout);
        database.options().forEach(builder::backendOption);
        return closeAfter(builder.build());
    }

    /** Writes a file under the migration directory. */
    protected void write(String relative, String content) {
        try {
            Path file = migrations.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
