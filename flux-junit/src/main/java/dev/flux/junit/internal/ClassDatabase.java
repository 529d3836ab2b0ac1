package dev.flux.junit.internal;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import dev.flux.Result;
import dev.flux.Version;
import dev.flux.junit.FluxDatabase;
import dev.flux.junit.RoundTripOptions;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;

/**
 * The database of one test class and its {@code @Nested} classes, as tests see it ({@link FluxDatabase})
 * and as the extension moves it ({@link #moveForTest}). A move may replace the database with a copy;
 * tests reach the current one through {@link #dataSource()}. Closing it drops the database and the
 * templates kept for it. Thread-safe. This is also the engine-side API that the benchmarks drive.
 */
public final class ClassDatabase implements FluxDatabase, AutoCloseable {
    private final Settings settings;
    private final LiveDatabase live;
    private final Templates templates;
    private final Moves moves;
    private final DataSource userSource = new CurrentDataSource(this);

    private ClassDatabase(TestServer server, Settings settings, String label, LongSupplier clock) {
        this.settings = settings;
        this.live = new LiveDatabase(server, settings, label, clock);
        this.templates = new Templates(settings.templates());
        this.moves = new Moves(live, templates, settings.copies() && server.canCopy());
    }

    /**
     * A new, empty database on {@code server}; {@code label} (letters, digits, underscores) goes into its name.
     *
     * @throws FluxException with code {@code CONNECT} when the server cannot create it
     */
    public static ClassDatabase open(TestServer server, Settings settings, String label) {
        return open(server, settings, label, System::nanoTime);
    }

    /** As {@link #open(TestServer, Settings, String)}, timing moves on {@code clock} (nanoseconds); for tests. */
    static ClassDatabase open(TestServer server, Settings settings, String label, LongSupplier clock) {
        return new ClassDatabase(server, settings, label, clock);
    }

    /** Moves to {@code target} for a test ({@code @MigrateTo}), the cheapest way; data need not survive. */
    public synchronized void moveForTest(String target) {
        moves.moveTo(target);
    }

    /** The database in use and its version, to come back to after a test ({@code @RollbackAfter}). */
    record Mark(Member member, Version version) {
    }

    synchronized Mark mark() {
        return new Mark(live.inUse(), live.version());
    }

    /**
     * Returns to a mark: to the database that was in use then, if it was kept idle and still is at that
     * version, so that its data is there again; else moves the database in use to the mark's version.
     */
    synchronized void returnTo(Mark mark) {
        Member before = mark.member();
        if (before != live.inUse() && live.idle().contains(before)
                && before.position == live.chain().position(mark.version())) {
            live.use(before);
        } else {
            live.migrateTo(mark.version().toString());
        }
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public synchronized Version version() {
        return live.version();
    }

    /** {@code message} without the test password. */
    String scrub(String message) {
        return live.scrub(message);
    }

    @Override
    public synchronized Result migrateTo(String target) {
        return live.migrateTo(target);
    }

    @Override
    public synchronized Result rollbackTo(String target) {
        return live.run(f -> f.rollbackTo(target));
    }

    @Override
    public synchronized Result upOne() {
        int from = live.position();
        if (from >= live.chain().size()) {
            throw new FluxException(ErrorCode.TARGET, "upOne(): nothing to apply; the database is at V"
                    + live.version() + ", the latest migration.");
        }
        return live.run(f -> f.migrateTo(live.chain().version(from + 1).toString()));
    }

    @Override
    public synchronized Result downOne() {
        return live.run(f -> f.rollback(1));
    }

    @Override
    public synchronized int update(String sql, Object... args) {
        return sql().update(sql, args);
    }

    @Override
    public synchronized List<Map<String, Object>> query(String sql, Object... args) {
        return sql().query(sql, args);
    }

    @Override
    public synchronized <T> T queryValue(String sql, Class<T> type, Object... args) {
        return sql().queryValue(sql, type, args);
    }

    @Override
    public synchronized SchemaSnapshot schema() {
        return live.schema();
    }

    @Override
    public DataSource dataSource() {
        return userSource;
    }

    @Override
    public Stream<DynamicTest> roundTrips() {
        return roundTrips(settings.roundTrips());
    }

    @Override
    public Stream<DynamicTest> roundTrips(RoundTripOptions options) {
        return new RoundTrips(live, this, options).tests();
    }

    /** How many moves were served by copying a template; for benchmarks and tests. */
    public synchronized int copiesUsed() {
        return moves.copiesUsed();
    }

    /** How many databases the class has now, the one in use and those kept idle; for benchmarks and tests. */
    public synchronized int databasesKept() {
        return 1 + live.idle().size();
    }

    /** How many templates are kept; for benchmarks and tests. */
    public synchronized int templatesKept() {
        return templates.all().size();
    }

    Costs costs() {
        return live.costs();
    }

    LiveDatabase live() {
        return live;
    }

    Templates templates() {
        return templates;
    }

    TestDatabase current() {
        return live.current();
    }

    synchronized Connection userConnection() throws SQLException {
        return live.connection();
    }

    private Sql sql() {
        live.touched();
        return new Sql(live.current().dataSource(), live::scrub);
    }

    /** Drops the database and its templates. */
    @Override
    public synchronized void close() {
        try {
            live.close();
        } finally {
            templates.close();
        }
    }

    @Override
    public String toString() {
        return live.toString();
    }
}
