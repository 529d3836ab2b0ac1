package dev.flux.tck;

import dev.flux.Flux;
import dev.flux.Secrets;
import dev.flux.spi.BackendContext;
import dev.flux.spi.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the kits that need a database share: a fresh database per test ({@link #createDatabase()}), the
 * {@link BackendContext} that parts are made with, and connections and queries on that database. Whatever a
 * test opens through {@link #closeAfter} is closed after it, before the database.
 */
public abstract class TckBase {
    /** A new empty database or schema for one test. */
    protected abstract TckDatabase createDatabase() throws Exception;

    /** The database of the current test. */
    protected TckDatabase database;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void openDatabase() throws Exception {
        database = createDatabase();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        try {
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).close();
            }
        } finally {
            opened.clear();
            if (database != null) {
                database.close();
            }
        }
    }

    /** What a part of the backend is made with: the test database, its options, and this lock timeout. */
    protected BackendContext context(Duration lockTimeout) {
        return new BackendContext(database.dataSource(), database.options(), lockTimeout, "flux-tck", Secrets.none());
    }

    /** Closes {@code resource} after the test, in the reverse order of opening. */
    protected <T extends AutoCloseable> T closeAfter(T resource) {
        opened.add(resource);
        return resource;
    }

    /** A new connection to the test database (autocommit), closed after the test. */
    protected Connection connection() throws SQLException {
        return closeAfter(database.dataSource().getConnection());
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
