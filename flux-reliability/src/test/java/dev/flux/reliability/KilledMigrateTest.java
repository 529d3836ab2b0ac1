package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.ErrorCode;
import dev.flux.Flux;
import dev.flux.ValidationException;
import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import dev.flux.spi.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, part 2: a {@code migrate} process is killed with SIGKILL part-way through a migration,
 * {@value #ROUNDS} rounds per database. Each round picks a statement of the migration set at random and
 * whether the child stops just before or just after it ({@link StopPoint}); the child says when it is
 * there and the test kills it then, so every kill provably lands inside a migration. After each kill the
 * lock is free at once, and the history says exactly how far the migrator got: on PostgreSQL the
 * migrations before the stopped one, each whole, and nothing of the stopped one; on H2 (DDL not
 * transactional) also a failed row of the stopped one that counts the statements completed, the database
 * showing that many, or one more when the child stopped after a statement. The next {@code migrate}
 * completes (on H2 after the clean-up and {@code repair} that {@code FLUX-FAILED} asks for), and the schema
 * equals that of a migrator never killed. Half the H2 rounds keep H2's default write delay, with which a
 * kill loses the last half second of commits, history rows and their effects together: there the history
 * may stop earlier, but never later, than the stop point.
 * The stop points come from a seeded {@link Random}; {@code -Drel.seed=N} replays a run.
 */
class KilledMigrateTest {
    static final int ROUNDS = Integer.getInteger("rel.kill.rounds", 30);
    private static final long SEED = Long.getLong("rel.seed", System.nanoTime());
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void postgresMigratorKilledPartWayLeavesTheMigrationsBeforeWholeAndTheStoppedOneAbsent() throws Exception {
        try (PostgresServer.Database db = PostgresServer.freshDatabase("flux_rel_k_")) {
            Kills kills = new Kills("postgres", SEED);
            SchemaSnapshot reference = null;
            for (int round = 0; round <= ROUNDS; round++) {
                String schema = "kill_" + round;
                Round r = new Round(dir.resolve("postgres-" + round), "postgres",
                        channel -> Credentials.postgres(db.url(), channel),
                        Map.of("schema", schema, "lock_timeout", 10));
                Path config = r.config(round);
                StopPoint stop = kills.run(r, config, round);
                try (Connection c = db.connect(); Flux flux = r.flux()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET search_path TO " + schema);
                    }
                    assertLockFree(r.config(0));
                    List<HistoryRow> rows = history(r.config(0));
                    if (stop != null) {
                        kills.found(round, stop, rows);
                        assertThat(versions(rows)).as("round %d, stopped %s: the history", round, stop)
                                .isEqualTo(upTo(stop.migration() - 1));
                        assertThat(rows).as("round %d: no failed row on PostgreSQL", round)
                                .allMatch(row -> row.state() == HistoryState.APPLIED);
                        assertWholeOrAbsent(c, rows, round);
                    }
                    flux.migrate();
                    if (reference == null) {
                        reference = flux.snapshot();
                    }
                    assertThat(r.problems(flux, c, reference)).as("round %d", round).isEmpty();
                }
            }
            kills.report();
        }
    }

    @Test
    void h2MigratorKilledPartWayLeavesAFailedRowWithTheRightCountAndIsRepaired() throws Exception {
        Kills kills = new Kills("h2", SEED);
        int exactRounds = 0;
        SchemaSnapshot reference = null;
        for (int round = 0; round <= ROUNDS; round++) {
            Path folder = dir.resolve("h2-" + round);
            // every other round writes each commit at once; the others keep H2's default write delay, so
            // a kill also drops the commits of the last moments, history rows and their effects together
            boolean writesAtOnce = round % 2 == 0;
            String url = H2Files.url(folder, false) + (writesAtOnce ? ";WRITE_DELAY=0" : "");
            Files.createDirectories(folder);
            H2Files.create(url);
            Round r = new Round(folder, "h2", channel -> Credentials.h2(url, channel), Map.of("lock_timeout", 10));
            Path config = r.config(round);
            StopPoint stop = kills.run(r, config, round);
            assertLockFree(r.config(0));
            try (Connection c = H2Files.connect(url); Flux flux = r.flux()) {
                List<HistoryRow> rows = history(r.config(0));
                List<HistoryRow> failed = rows.stream().filter(row -> row.state() != HistoryState.APPLIED).toList();
                if (stop != null) {
                    kills.found(round, stop, rows);
                    assertThat(failed).as("round %d: failed rows", round).hasSizeLessThanOrEqualTo(1);
                    assertWholeOrAbsent(c, rows, round);
                    if (writesAtOnce) {
                        assertStoppedExactly(c, rows, stop, round);
                        exactRounds++;
                    } else {
                        assertStoppedNoLaterThan(rows, stop, round);
                    }
                    if (!failed.isEmpty()) {
                        repair("h2", c, flux, failed.get(0), rows, round);
                        kills.repaired++;
                    }
                }
                flux.migrate();
                if (reference == null) {
                    reference = flux.snapshot();
                }
                assertThat(r.problems(flux, c, reference)).as("round %d", round).isEmpty();
            }
        }
        kills.report();
        assertThat(kills.repaired).as("failed rows repaired: at least one per round writing each commit at once")
                .isGreaterThanOrEqualTo(exactRounds);
    }

    /**
     * MariaDB, whose DDL commits at once: like H2 writing each commit at once, the history says exactly how
     * far the killed migrator got, in a failed row that counts the statements completed; after the clean-up
     * and {@code repair} the next {@code migrate} completes. Each round in a database of its own.
     */
    @Test
    void mariadbMigratorKilledPartWayLeavesAFailedRowWithTheRightCountAndIsRepaired() throws Exception {
        Kills kills = new Kills("mariadb", SEED);
        int stopped = 0;
        SchemaSnapshot reference = null;
        for (int round = 0; round <= ROUNDS; round++) {
            try (MariaDbServer.Database db = MariaDbServer.freshDatabase("flux_rel_k_")) {
                Round r = new Round(dir.resolve("mariadb-" + round), "mariadb",
                        channel -> Credentials.mariadb(db.url(), channel), Map.of("lock_timeout", 10));
                Path config = r.config(round);
                StopPoint stop = kills.run(r, config, round);
                assertLockFree(r.config(0));
                try (Connection c = db.connect(); Flux flux = r.flux()) {
                    List<HistoryRow> rows = history(r.config(0));
                    List<HistoryRow> failed = rows.stream().filter(row -> row.state() != HistoryState.APPLIED)
                            .toList();
                    if (stop != null) {
                        kills.found(round, stop, rows);
                        assertThat(failed).as("round %d: failed rows", round).hasSizeLessThanOrEqualTo(1);
                        assertWholeOrAbsent(c, rows, round);
                        assertStoppedExactly(c, rows, stop, round);
                        stopped++;
                        if (!failed.isEmpty()) {
                            repair("mariadb", c, flux, failed.get(0), rows, round);
                            kills.repaired++;
                        }
                    }
                    flux.migrate();
                    if (reference == null) {
                        reference = flux.snapshot();
                    }
                    assertThat(r.problems(flux, c, reference)).as("round %d", round).isEmpty();
                }
            }
        }
        kills.report();
        assertThat(kills.repaired).as("a failed row repaired in every round").isEqualTo(stopped);
    }

    /**
     * With each commit written at once, the history holds every migration before the stop point, applied,
     * and the stopped one as a failed row counting the statements before the stop point; the database shows
     * those, plus the stop point's statement when the child stopped after it.
     */
    private static void assertStoppedExactly(Connection c, List<HistoryRow> rows, StopPoint stop, int round)
            throws SQLException {
        int n = stop.migration();
        assertThat(versions(rows)).as("round %d, stopped %s: the history", round, stop).isEqualTo(upTo(n));
        HistoryRow last = rows.stream().filter(row -> row.version().equals(Version.parse(String.valueOf(n)))).findFirst()
                .orElseThrow();
        assertThat(last.state()).as("round %d, stopped %s: state of V%d", round, stop, n)
                .isEqualTo(HistoryState.RUNNING);
        assertThat(last.statementsDone()).as("round %d, stopped %s: statements recorded", round, stop)
                .isEqualTo(stop.statement() - 1);
        assertThat(MigrationSet.statementsDone(c, n)).as("round %d, stopped %s: statements in the database",
                round, stop).isEqualTo(stop.statementsRun());
    }

    /** With H2's write delay, the history may have lost its latest commits, but goes no further than the stop. */
    private static void assertStoppedNoLaterThan(List<HistoryRow> rows, StopPoint stop, int round) {
        List<Integer> versions = versions(rows);
        assertThat(versions).as("round %d, stopped %s: the history, a prefix of the migrations", round, stop)
                .isEqualTo(upTo(versions.size()));
        assertThat(versions.size()).as("round %d, stopped %s: migrations recorded", round, stop)
                .isLessThanOrEqualTo(stop.migration());
        rows.stream().filter(row -> row.version().equals(Version.parse(String.valueOf(stop.migration())))).findFirst()
                .ifPresent(row -> {
                    assertThat(row.state()).as("round %d, stopped %s: state", round, stop)
                            .isNotEqualTo(HistoryState.APPLIED);
                    assertThat(row.statementsDone()).as("round %d, stopped %s: statements recorded", round, stop)
                            .isLessThanOrEqualTo(stop.statement() - 1);
                });
    }

    private static List<Integer> versions(List<HistoryRow> rows) {
        return rows.stream().map(row -> Integer.parseInt(row.version().toString())).sorted().toList();
    }

    private static List<Integer> upTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    /**
     * The failed row of migration {@code n} says {@code k} statements completed: the database must show
     * k, or k + 1 (killed after a statement but before its count was recorded). {@code migrate} must stop
     * with FLUX-FAILED saying so; after the clean-up, {@code repair} removes exactly that row.
     */
    private static void repair(String backend, Connection c, Flux flux, HistoryRow row, List<HistoryRow> rows,
                               int round) throws SQLException {
        int n = Integer.parseInt(row.version().toString());
        int done = MigrationSet.statementsDone(c, n);
        assertThat(done).as("round %d: %s recorded %d statements done, the database shows %d", round, row.id(),
                row.statementsDone(), done).isBetween(row.statementsDone(), row.statementsDone() + 1);
        assertThat(rows.get(rows.size() - 1)).as("round %d: the failed row is the latest", round).isEqualTo(row);
        assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FAILED);
            assertThat(e.getMessage()).contains(row.id() + " stopped part-way: " + row.statementsDone()
                    + " statement(s) completed");
            Outputs.record(backend + "-killed-" + round + "-failed", e.getMessage());
        });
        MigrationSet.undo(c, n);
        assertThat(flux.repair().removedFailedRows()).containsExactly(row.id());
    }

    /**
     * Every migration with an APPLIED row did all its statements and logged itself once; every migration
     * without a row did nothing. (A failed row is checked by {@link #repair}.)
     */
    private static void assertWholeOrAbsent(Connection c, List<HistoryRow> rows, int round) throws SQLException {
        for (int n = 1; n <= MigrationSet.SIZE; n++) {
            Version version = Version.parse(String.valueOf(n));
            HistoryRow row = rows.stream().filter(r -> r.version().equals(version)).findFirst().orElse(null);
            int done = MigrationSet.statementsDone(c, n);
            if (row == null) {
                assertThat(done).as("round %d: statements of V%d, which has no history row", round, n).isZero();
            } else if (row.state() == HistoryState.APPLIED) {
                assertThat(done).as("round %d: statements of applied V%d", round, n)
                        .isEqualTo(n == 1 ? 1 : MigrationSet.STATEMENTS);
                assertThat(MigrationSet.logRows(c, n)).as("round %d: log rows of V%d", round, n)
                        .isEqualTo(n == 1 ? 0 : 1);
            }
        }
    }

    /** A fresh migrator takes the lock within 2 s: the killed one left none behind. */
    private static void assertLockFree(Path config) {
        MigrationBackend backend = Backends.open(config, Duration.ofSeconds(2), "flux-check");
        try {
            backend.migrationLock().lock();
            backend.migrationLock().unlock();
        } finally {
            backend.close();
        }
    }

    private static List<HistoryRow> history(Path config) throws SQLException {
        MigrationBackend backend = Backends.open(config, Duration.ofSeconds(2), "flux-check");
        try {
            return backend.history().read(backend.connection());
        } finally {
            backend.close();
        }
    }

    /** Starts migrators and kills each at a random stop point once it says it got there. */
    private static final class Kills {
        private final String backend;
        private final long seed;
        private final Random random;
        private int killed;
        private int after;
        int repaired;
        private final long start = System.nanoTime();

        Kills(String backend, long seed) {
            this.backend = backend;
            this.seed = seed;
            this.random = new Random(seed);
            System.out.println("[reliability] " + backend + " kills: seed " + seed + " (-Drel.seed=" + seed + ")");
        }

        /**
         * Round 0 is not killed: it must apply the whole set, and gives the reference schema. Every other
         * round's child stops at a random {@link StopPoint}, which it returns, and is killed there.
         */
        StopPoint run(Round round, Path config, int index) throws Exception {
            if (index == 0) {
                Child child = ChildJvm.start(backend + "-killed-reference", round.environment(config), "migrate",
                        config.toString());
                assertThat(child.waitFor(WAIT)).as(child.output()).isZero();
                assertThat(child.stdout()).contains("applied " + MigrationSet.SIZE + " ");
                return null;
            }
            StopPoint stop = StopPoint.random(random);
            Child child = ChildJvm.start(backend + "-killed-" + index, round.environment(config), "migrate",
                    config.toString(), stop.argument());
            child.awaitLine(stop.line(), WAIT);
            child.kill();
            killed++;
            after += stop.after() ? 1 : 0;
            return stop;
        }

        /** Prints what a kill left: how many migrations were recorded, and the failed row if any. */
        void found(int round, StopPoint stop, List<HistoryRow> rows) {
            String failed = rows.stream().filter(row -> row.state() != HistoryState.APPLIED)
                    .map(row -> ", failed: " + row.id() + " with " + row.statementsDone() + " done")
                    .findFirst().orElse("");
            System.out.println("[reliability] " + backend + " round " + round + ": killed " + stop + ", "
                    + rows.size() + " history rows" + failed);
        }

        void report() {
            Figures.record("kills " + backend, killed + " processes killed with SIGKILL part-way through a"
                    + " migration (" + after + " just after a statement, " + (killed - after) + " just before one), "
                    + repaired + " failed rows repaired, seed " + seed, start);
        }
    }
}
