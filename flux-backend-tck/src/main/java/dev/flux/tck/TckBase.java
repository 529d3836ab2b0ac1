package dev.flux.tck;

import dev.flux.Flux;
import dev.flux.Secrets;
import dev.flux.spi.BackendContext;
import dev.flux.spi.BackendProvider;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every part of the TCK shares: a fresh database per test, a migration directory to write files
 * into, and ways to build migrators and backends on them. A backend module extends {@link BackendTck}.
 */
public abstract class TckBase {
    /** The backend's name, as in {@code backend = "..."}. */
    protected abstract String backendName();

    /** A new empty database or schema for one test. */
    protected abstract TckDatabase createDatabase() throws Exception;

    /** A whole script, with its terminators, that drops view {@code name} and succeeds when it does not exist. */
    protected String dropViewIfExistsScript(String name) {
        return "DROP VIEW IF EXISTS " + name + ";\n";
    }

    protected TckDatabase database;
    protected Path migrations;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @TempDir
    Path tempDir;

    @BeforeEach
    void openDatabase() throws Exception {
        database = createDatabase();
        migrations = Files.createDirectories(tempDir.resolve("migrations"));
    }

    @AfterEach
    void closeDatabase() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The backend under test, found like a user's would be, with {@link ServiceLoader}. */
    protected BackendProvider provider() {
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            if (p.name().equals(backendName())) {
                return p;
            }
        }
        throw new AssertionError("no BackendProvider named " + backendName() + " in META-INF/services");
    }

    /** A backend on the test database, closed after the test. */
    protected MigrationBackend backend(Duration lockTimeout) {
        MigrationBackend b = provider().open(new BackendContext(database.dataSource(), database.options(),
                lockTimeout, "flux-tck", Secrets.none()));
        opened.add(b);
        return b;
    }

    /** A migrator on the test database and {@link #migrations}, closed after the test. */
    protected Flux flux() {
        return flux(Duration.ofSeconds(30));
    }

    protected Flux flux(Duration lockTimeout) {
        Flux.Builder builder = Flux.builder().backend(backendName()).migrationDirectory(migrations)
                .dataSource(database.dataSource()).lockTimeout(lockTimeout);
        database.options().forEach(builder::backendOption);
        Flux f = builder.build();
        opened.add(f);
        return f;
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

    /** Runs SQL on a connection of its own (autocommit). */
    protected void sql(String statement) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The single number {@code query} returns. */
    protected long count(String query) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A table of the snapshot by name, ignoring case (databases fold unquoted names differently). */
    protected static Optional<SchemaSnapshot.Table> table(SchemaSnapshot snapshot, String name) {
        return snapshot.tables().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
