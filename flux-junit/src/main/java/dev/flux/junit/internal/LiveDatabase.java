package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Result;
import dev.flux.internal.jdbc.Redactor;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;

/**
 * A class's database as it is now: the {@link TestDatabase} in use, the {@link Flux} that migrates it,
 * the position it is at (tracked from flux's results, read anew when unknown) and whether it is
 * <em>clean</em>, holding only what migrations made. Moves replace it with a new or copied database;
 * creating and copying are timed into the {@link Costs}. Not thread-safe: {@link ClassDatabase} guards it.
 */
final class LiveDatabase implements AutoCloseable {
    static final int UNKNOWN = -1;

    private final TestServer server;
    private final Settings settings;
    private final String label;
    private final Costs costs = new Costs();
    private TestDatabase current;
    private Flux flux;
    private Chain chain;
    private int position = UNKNOWN;
    private boolean clean;

    LiveDatabase(TestServer server, Settings settings, String label) {
        this.server = server;
        this.settings = settings;
        this.label = label;
        replace(create(), 0);
    }

    Costs costs() {
        return costs;
    }

    TestDatabase current() {
        return current;
    }

    boolean clean() {
        return clean;
    }

    /** Data was written: the database can no longer serve as a template. */
    void touched() {
        clean = false;
    }

    Chain chain() {
        if (chain == null) {
            chain = Chain.of(flux.status());
        }
        return chain;
    }

    /** The version as the history says, which also refreshes the tracked position. */
    String version() {
        String version = flux.status().currentVersion();
        position = chain().position(version);
        return version;
    }

    /** The tracked position, read from the history when not known; -1 when the version is not in the chain. */
    int position() {
        if (position == UNKNOWN) {
            version();
        }
        return position;
    }

    SchemaSnapshot schema() {
        return flux.snapshot();
    }

    /**
     * Moves both ways. The direction comes from the tracked position; should the history have been
     * changed behind the extension's back, flux refuses that direction and the move is retried once from
     * the version read anew.
     */
    Result migrateTo(String target) {
        int to = chain().positionOf(target);
        boolean tracked = position != UNKNOWN;
        try {
            return run(toward(target, to));
        } catch (FluxException e) {
            if (!tracked || to < 0 || e.code() != ErrorCode.TARGET) {
                throw e;
            }
            return run(toward(target, to));
        }
    }

    private Function<Flux, Result> toward(String target, int to) {
        return to >= 0 && to < position() ? f -> f.rollbackTo(target) : f -> f.migrateTo(target);
    }

    /** Runs a command of the engine, keeping track of the position it leads to. */
    Result run(Function<Flux, Result> command) {
        costs.beginCommand();
        try {
            Result result = command.apply(flux);
            position = chain().position(result.version());
            return result;
        } catch (RuntimeException e) {
            position = UNKNOWN;
            throw e;
        }
    }

    /** A new, empty database on the server. */
    TestDatabase create() {
        long start = System.nanoTime();
        TestDatabase created = server(() -> server.create(label));
        costs.created(Duration.ofNanos(System.nanoTime() - start));
        return created;
    }

    /** A copy of {@code source}, a template or the current database, which nobody uses meanwhile. */
    TestDatabase copy(TestDatabase source, String suffix) {
        flux.close();
        long start = System.nanoTime();
        TestDatabase copy = server(() -> server.copy(source, label + suffix));
        costs.copied(Duration.ofNanos(System.nanoTime() - start));
        return copy;
    }

    /** Makes {@code next}, at {@code at}, the database in use; the previous one is dropped. */
    void replace(TestDatabase next, int at) {
        TestDatabase previous = current;
        if (flux != null) {
            flux.close();
        }
        current = next;
        Flux.Builder builder = Flux.builder().config(settings.config()).withoutConnectionSettings()
                .repeatables(settings.repeatables()).dataSource(next.dataSource()).listener(costs);
        next.options().forEach(builder::backendOption);
        flux = builder.build();
        position = at;
        clean = true;
        if (previous != null) {
            long start = System.nanoTime();
            previous.close();
            costs.dropped(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** A connection for a test; from then on the database is no longer clean. */
    Connection connection() throws SQLException {
        clean = false;
        return current.dataSource().getConnection();
    }

    /** {@code message} without the test password. */
    String scrub(String message) {
        return Redactor.scrub(message, settings.password());
    }

    private <T> T server(ServerCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new FluxException(ErrorCode.CONNECT, server.description() + ": could not create a test database: "
                    + scrub(e.getMessage()) + ". Check flux.test.url, flux.test.user and flux.test.password,"
                    + " and that the user may create databases.");
        }
    }

    private interface ServerCall<T> {
        T call() throws SQLException;
    }

    @Override
    public void close() {
        flux.close();
        current.close();
    }

    @Override
    public String toString() {
        return label + " on " + server.description();
    }
}
