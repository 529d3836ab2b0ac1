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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, part 2: a {@code migrate} process is killed with SIGKILL at a random moment, {@value #ROUNDS}
 * rounds per database. After each kill the lock is free at once, the history agrees with what is in the
 * database (PostgreSQL: each migration entirely or not at all; H2: at most one failed row, whose count of
 * completed statements is right), the next {@code migrate} completes (on H2 after the clean-up and
 * {@code repair} that {@code FLUX-FAILED} asks for), and the schema equals that of a migrator never killed.
 * Half the H2 rounds use {@code WRITE_DELAY=0}: with H2's default delay a kill loses the last half second
 * of commits, so few kills would leave a failed row.
 * The delays come from a seeded {@link Random}; {@code -Drel.seed=N} replays a run.
 */
class KilledMigrateTest {
    static final int ROUNDS = Integer.getInteger("rel.kill.rounds", 30);
    private static final long SEED = Long.getLong("rel.seed", System.nanoTime());
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void postgresMigratorKilledAtRandomLeavesEachMigrationWholeOrAbsent() throws Exception {
        try (PostgresServer.Database db = PostgresServer.freshDatabase("flux_rel_k_")) {
            Kills kills = new Kills("postgres", SEED);
            SchemaSnapshot reference = null;
            for (int round = 0; round <= ROUNDS; round++) {
                String schema = "kill_" + round;
                Round r = new Round(dir.resolve("postgres-" + round), "postgres",
                        channel -> Credentials.postgres(db.url(), channel),
                        Map.of("schema", schema, "lock_timeout", 10));
                Path config = r.config(round);
                kills.run(r, config, round == 0);
                try (Connection c = db.connect(); Flux flux = r.flux()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET search_path TO " + schema);
                    }
                    assertLockFree(r.config(0));
                    List<HistoryRow> rows = history(r.config(0));
                    kills.found(round, rows, List.of());
                    assertThat(rows).as("round %d: no failed row on PostgreSQL", round)
                            .allMatch(row -> row.state() == HistoryState.APPLIED);
                    assertWholeOrAbsent(c, rows, round);
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
    void h2MigratorKilledAtRandomIsRepairedWithTheRightCountAndCompletes() throws Exception {
        Kills kills = new Kills("h2", SEED);
        SchemaSnapshot reference = null;
        for (int round = 0; round <= ROUNDS; round++) {
            Path folder = dir.resolve("h2-" + round);
            // every other round writes each commit at once; the others keep H2's default write delay, so
            // a kill also drops the commits of the last moments, history rows and their effects together
            String url = H2Files.url(folder, false) + (round % 2 == 0 ? ";WRITE_DELAY=0" : "");
            Files.createDirectories(folder);
            H2Files.create(url);
            Round r = new Round(folder, "h2", channel -> Credentials.h2(url, channel), Map.of("lock_timeout", 10));
            Path config = r.config(round);
            kills.run(r, config, round == 0);
            assertLockFree(r.config(0));
            try (Connection c = H2Files.connect(url); Flux flux = r.flux()) {
                List<HistoryRow> rows = history(r.config(0));
                List<HistoryRow> failed = rows.stream().filter(row -> row.state() != HistoryState.APPLIED).toList();
                kills.found(round, rows, failed);
                assertThat(failed).as("round %d: failed rows", round).hasSizeLessThanOrEqualTo(1);
                assertWholeOrAbsent(c, rows, round);
                if (!failed.isEmpty()) {
                    repair(c, flux, failed.get(0), rows, round);
                    kills.repaired++;
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

    /**
     * The failed row of migration {@code n} says {@code k} statements completed: the database must show
     * k, or k + 1 (killed after a statement but before its count was recorded). {@code migrate} must stop
     * with FLUX-FAILED saying so; after the clean-up, {@code repair} removes exactly that row.
     */
    private static void repair(Connection c, Flux flux, HistoryRow row, List<HistoryRow> rows, int round)
            throws SQLException {
        int n = Integer.parseInt(row.version().toString());
        int done = MigrationSet.statementsDone(c, n);
        assertThat(done).as("round %d: %s recorded %d statements done, the database shows %d", round, row.id(),
                row.statementsDone(), done).isBetween(row.statementsDone(), row.statementsDone() + 1);
        assertThat(rows.get(rows.size() - 1)).as("round %d: the failed row is the latest", round).isEqualTo(row);
        assertThatThrownBy(flux::migrate).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FAILED);
            assertThat(e.getMessage()).contains(row.id() + " stopped part-way: " + row.statementsDone()
                    + " statement(s) completed");
            Outputs.record("h2-killed-" + round + "-failed", e.getMessage());
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

    /** Starts migrators and kills them after a random delay within the time an undisturbed one takes. */
    private static final class Kills {
        private final String backend;
        private final long seed;
        private final Random random;
        private long whole;
        private long migrations;
        private int killed;
        private int finishedFirst;
        int repaired;
        private final long start = System.nanoTime();

        Kills(String backend, long seed) {
            this.backend = backend;
            this.seed = seed;
            this.random = new Random(seed);
            System.out.println("[reliability] " + backend + " kills: seed " + seed + " (-Drel.seed=" + seed + ")");
        }

        /**
         * Round 0 ({@code calibrate}) is not killed: it measures how long a whole migrate takes, and how long
         * its migrations take. A third of the kills fall within the whole command (connecting, locking,
         * creating the history table, validating), the others within the migrations.
         */
        void run(Round round, Path config, boolean calibrate) throws Exception {
            String name = backend + "-killed-"
                    + (calibrate ? "calibration" : String.valueOf(killed + finishedFirst + 1));
            Child child = ChildJvm.start(name, round.environment(config), "migrate", config.toString());
            child.awaitLine("started", WAIT);
            long started = System.nanoTime();
            if (calibrate) {
                child.awaitLineStarting("step ", WAIT);
                long firstStep = System.nanoTime();
                child.awaitLineStarting("applied ", WAIT);
                whole = Math.max(20, Duration.ofNanos(System.nanoTime() - started).toMillis());
                migrations = Math.max(20, Duration.ofNanos(System.nanoTime() - firstStep).toMillis());
                assertThat(child.waitFor(WAIT)).as(child.output()).isZero();
                System.out.println("[reliability] " + backend + " kills: an undisturbed migrate takes about " + whole
                        + " ms after start-up, its migrations " + migrations + " ms");
                return;
            }
            if (random.nextInt(3) == 0) {
                Thread.sleep(random.nextInt((int) whole));
            } else {
                child.awaitLineStarting("step ", WAIT);
                Thread.sleep(random.nextInt((int) migrations));
            }
            if (child.isAlive()) {
                killed++;
            } else {
                finishedFirst++;
            }
            child.kill();
        }

        /** Prints what a kill left: how many migrations were recorded, and the failed row if any. */
        void found(int round, List<HistoryRow> rows, List<HistoryRow> failed) {
            System.out.println("[reliability] " + backend + " round " + round + ": " + rows.size()
                    + " history rows after the kill" + (failed.isEmpty() ? ""
                    : ", failed: " + failed.get(0).id() + " with " + failed.get(0).statementsDone() + " done"));
        }

        void report() {
            Figures.record("kills " + backend, (killed + finishedFirst) + " rounds, " + killed + " processes killed"
                    + " with SIGKILL (" + finishedFirst + " had finished first), " + repaired
                    + " failed rows repaired, seed " + seed, start);
        }
    }
}
