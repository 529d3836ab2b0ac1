package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.FluxException;
import dev.flux.Result;
import dev.flux.Secrets;
import dev.flux.SqlFailure;
import dev.flux.Version;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A class's database as it is now: the {@link Member} in use (its {@link TestDatabase}, the {@link Flux}
 * that migrates it, the position it is at, tracked from flux's results and read anew when unknown, and
 * whether it is clean), and up to {@code pool - 1} other databases kept idle at the versions they were left
 * at. Moves replace the database in use with a new or copied one, keeping the one replaced idle while there
 * is room, or switch to an idle one; creating and copying are timed into the {@link Costs}. Not
 * thread-safe: {@link ClassDatabase} guards it.
 */
final class LiveDatabase implements AutoCloseable {
    static final int UNKNOWN = -1;

    private final TestServer server;
    private final Settings settings;
    private final String label;
    private final Costs costs;
    private final List<Member> idle = new ArrayList<>();
    private Member current;
    private Chain chain;

    /** @param clock times the {@link Costs}, in nanoseconds as {@link System#nanoTime} gives them */
    LiveDatabase(TestServer server, Settings settings, String label, LongSupplier clock) {
        this.server = server;
        this.settings = settings;
        this.label = label;
        this.costs = new Costs(clock);
        replace(create(), 0);
    }

    Costs costs() {
        return costs;
    }

    TestDatabase current() {
        return current.database;
    }

    Member inUse() {
        return current;
    }

    boolean clean() {
        return current.clean;
    }

    /** Data was written: the database can no longer serve as a template. */
    void touched() {
        current.clean = false;
    }

    Chain chain() {
        if (chain == null) {
            chain = Chain.of(current.flux.status());
        }
        return chain;
    }

    /** The version as the history says, which also refreshes the tracked position. */
    Version version() {
        Version version = current.flux.status().currentVersion();
        current.position = chain().position(version);
        return version;
    }

    /** The tracked position, read from the history when not known; -1 when the version is not in the chain. */
    int position() {
        if (current.position == UNKNOWN) {
            version();
        }
        return current.position;
    }

    /** The databases kept idle, each at its known position. */
    List<Member> idle() {
        return idle;
    }

    /** Makes the idle database {@code next} the one in use; the one in use so far is kept idle. */
    void use(Member next) {
        if (!idle.remove(next)) {
            throw new IllegalArgumentException("not an idle database of " + label);
        }
        idle.add(current);
        current = next;
    }

    /** The database in use holds a failed migration: it is dropped instead of kept when replaced. */
    void broken() {
        current.position = UNKNOWN;
    }

    SchemaSnapshot schema() {
        return current.flux.snapshot();
    }

    /**
     * Moves both ways. The direction comes from the tracked position; should the history have been
     * changed behind the extension's back, flux refuses that direction and the move is retried once from
     * the version read anew.
     */
    Result migrateTo(String target) {
        int to = chain().positionOf(target);
        boolean tracked = current.position != UNKNOWN;
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
            Result result = command.apply(current.flux);
            current.position = chain().position(result.version());
            return result;
        } catch (RuntimeException e) {
            current.position = UNKNOWN;
            throw e;
        }
    }

    /** A new, empty database on the server. */
    TestDatabase create() {
        long start = costs.now();
        TestDatabase created = server(() -> server.create(label));
        costs.created(costs.since(start));
        return created;
    }

    /** A copy of {@code source}, a template or the current database, which nobody uses meanwhile. */
    TestDatabase copy(TestDatabase source, String suffix) {
        current.flux.close();
        long start = costs.now();
        TestDatabase copy = server(() -> server.copy(source, label + suffix));
        costs.copied(costs.since(start));
        return copy;
    }

    /**
     * Makes {@code next}, at {@code at}, the database in use. The previous one is kept idle if its position
     * is known and there is room ({@link #roomToKeep()}), else dropped.
     */
    void replace(TestDatabase next, int at) {
        Member previous = current;
        Flux.Builder builder = Flux.builder().config(settings.config()).withoutConnectionSettings()
                .repeatables(settings.repeatables()).dataSource(next.dataSource()).listener(costs).discoverOnce();
        if (settings.backend() != null) {
            builder.backend(settings.backend());
        }
        next.options().forEach(builder::backendOption);
        current = new Member(next, builder.build(), at);
        if (previous == null) {
            return;
        }
        if (previous.position != UNKNOWN && roomToKeep()) {
            idle.add(previous);
        } else {
            drop(previous);
        }
    }

    /** Whether replacing the database in use would keep it idle rather than drop it. */
    boolean roomToKeep() {
        return idle.size() < settings.pool() - 1;
    }

    private void drop(Member member) {
        member.flux.close();
        long start = costs.now();
        member.database.close();
        costs.dropped(costs.since(start));
    }

    /** A connection for a test; from then on the database is no longer clean. */
    Connection connection() throws SQLException {
        current.clean = false;
        return current.database.dataSource().getConnection();
    }

    /** {@code message} without the test password and the secrets of the test URL. */
    String scrub(String message) {
        return Secrets.of(settings.password(), settings.url()).scrub(message);
    }

    private <T> T server(ServerCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw SqlFailure.of(ErrorCode.CONNECT, e).scrubbing(this::scrub).exception(server.description()
                    + ": could not create a test database", "Check flux.test.url, flux.test.user and"
                    + " flux.test.password, and that the user may create databases.");
        }
    }

    private interface ServerCall<T> {
        T call() throws SQLException;
    }

    /** Drops the database in use and every idle one; the first failure is thrown once all were tried. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (Member m : idle) {
            try {
                m.flux.close();
                m.database.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        idle.clear();
        current.flux.close();
        current.database.close();
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return label + " on " + server.description();
    }
}
