package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.spi.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, part 1: {@value #PROCESSES} migrator processes start {@code migrate} on one database at the
 * same moment, {@value #ROUNDS} rounds over the 30 migrations of {@link MigrationSet}. Every round must end
 * with every process exiting 0, the counts they applied adding up to 30, each migration logged exactly
 * once, and the schema equal to the one a single migrator leaves.
 */
class ConcurrentMigrateTest {
    static final int PROCESSES = 8;
    static final int ROUNDS = Integer.getInteger("rel.rounds", 20);
    static final int H2_ROUNDS_UNHELD = 3;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern APPLIED = Pattern.compile("(?m)^applied (\\d+) ");

    @TempDir
    Path dir;

    @Test
    void postgresAppliesEveryMigrationExactlyOnce() throws Exception {
        try (PostgresServer.Database db = PostgresServer.freshDatabase("flux_rel_c_")) {
            SchemaSnapshot reference;
            Round single = postgresRound(db, "reference");
            try (Flux flux = single.flux()) {
                assertThat(flux.migrate().migrations()).hasSize(MigrationSet.SIZE);
                reference = flux.snapshot();
            }
            long start = System.nanoTime();
            for (int round = 1; round <= ROUNDS; round++) {
                Round r = postgresRound(db, "round_" + round);
                race("postgres-concurrent-" + round, r);
                try (Flux flux = r.flux(); Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.execute("SET search_path TO round_" + round);
                    assertThat(r.problems(flux, c, reference)).as("round %d", round).isEmpty();
                }
            }
            Figures.record("concurrency postgres", ROUNDS + " rounds x " + PROCESSES + " processes x "
                    + MigrationSet.SIZE + " migrations", start);
        }
    }

    /** MariaDB: each round in a database of its own, so the lock (named after the database) is the round's. */
    @Test
    void mariadbAppliesEveryMigrationExactlyOnce() throws Exception {
        List<MariaDbServer.Database> databases = new ArrayList<>();
        try {
            SchemaSnapshot reference;
            Round single = mariadbRound(databases, "reference");
            try (Flux flux = single.flux()) {
                assertThat(flux.migrate().migrations()).hasSize(MigrationSet.SIZE);
                reference = flux.snapshot();
            }
            long start = System.nanoTime();
            for (int round = 1; round <= ROUNDS; round++) {
                Round r = mariadbRound(databases, "round_" + round);
                race("mariadb-concurrent-" + round, r);
                try (Flux flux = r.flux(); Connection c = databases.get(databases.size() - 1).connect()) {
                    assertThat(r.problems(flux, c, reference)).as("round %d", round).isEmpty();
                }
            }
            Figures.record("concurrency mariadb", ROUNDS + " rounds x " + PROCESSES + " processes x "
                    + MigrationSet.SIZE + " migrations", start);
        } finally {
            for (MariaDbServer.Database db : databases) {
                db.close();
            }
        }
    }

    private Round mariadbRound(List<MariaDbServer.Database> databases, String name) throws Exception {
        MariaDbServer.Database db = MariaDbServer.freshDatabase("flux_rel_c_");
        databases.add(db);
        return new Round(dir.resolve("mariadb-" + name), "mariadb", channel -> Credentials.mariadb(db.url(), channel),
                Map.of("lock_timeout", 60));
    }

    /**
     * H2 in server mode: each process opens the database file with {@code AUTO_SERVER=TRUE}. In the first
     * {@value #H2_ROUNDS_UNHELD} rounds no process holds the file open before: all open it at the same moment,
     * the first becomes the server and the others retry the open until they can use it (H2 makes a process
     * wait until the lock file is two seconds old, so these rounds take seconds per process). In the others
     * this JVM holds it open first, as an application would, and every migrator is a client of its server.
     */
    @Test
    void h2InServerModeAppliesEveryMigrationExactlyOnce() throws Exception {
        SchemaSnapshot reference = h2Reference();
        long start = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            Path folder = dir.resolve("h2-" + round);
            String url = H2Files.url(folder, true);
            Files.createDirectories(folder);
            H2Files.create(url);
            Round r = new Round(folder, "h2", channel -> Credentials.h2(url, channel), Map.of("lock_timeout", 60));
            try (Connection held = round <= H2_ROUNDS_UNHELD ? null : H2Files.connect(url)) {
                race((held == null ? "h2-concurrent-unheld-" : "h2-concurrent-") + round, r);
            }
            try (Connection c = H2Files.connect(url); Flux flux = r.flux()) {
                assertThat(r.problems(flux, c, reference)).as("round %d", round).isEmpty();
            }
        }
        Figures.record("concurrency h2 AUTO_SERVER", ROUNDS + " rounds x " + PROCESSES + " processes x "
                + MigrationSet.SIZE + " migrations, the first " + Math.min(ROUNDS, H2_ROUNDS_UNHELD)
                + " with no process holding the file open before", start);
    }

    private Round postgresRound(PostgresServer.Database db, String schema) throws Exception {
        return new Round(dir.resolve("postgres-" + schema), "postgres",
                channel -> Credentials.postgres(db.url(), channel), Map.of("schema", schema, "lock_timeout", 60));
    }

    private SchemaSnapshot h2Reference() throws Exception {
        Path folder = dir.resolve("h2-reference");
        String url = H2Files.url(folder, false);
        Files.createDirectories(folder);
        H2Files.create(url);
        Round r = new Round(folder, "h2", channel -> Credentials.h2(url, channel), Map.of());
        try (Flux flux = r.flux()) {
            assertThat(flux.migrate().migrations()).hasSize(MigrationSet.SIZE);
            return flux.snapshot();
        }
    }

    /** Starts the processes, lets them go at once, and checks that each exits 0 and that 30 were applied in all. */
    private static void race(String name, Round round) throws Exception {
        List<Child> children = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < PROCESSES; i++) {
                children.add(ChildJvm.start(name + "-p" + i, round.environment(i), "migrate",
                        round.config(i).toString(), "await"));
            }
            for (Child child : children) {
                child.awaitLine("ready", WAIT);
            }
            long ready = System.nanoTime();
            for (Child child : children) {
                child.send("go");
            }
            int applied = 0;
            for (Child child : children) {
                int exit = child.waitFor(WAIT);
                assertThat(exit).as("exit code of %s:%n%s", name, child.output()).isZero();
                Matcher m = APPLIED.matcher(child.stdout());
                assertThat(m.find()).as(child.output()).isTrue();
                applied += Integer.parseInt(m.group(1));
            }
            assertThat(applied).as("migrations applied by all processes of %s", name).isEqualTo(MigrationSet.SIZE);
            System.out.printf("[reliability] %s: %d processes ready after %d ms, all done %d ms later%n", name,
                    PROCESSES, (ready - start) / 1_000_000, (System.nanoTime() - ready) / 1_000_000);
        } finally {
            for (Child child : children) {
                if (child.isAlive()) {
                    child.kill();
                }
            }
        }
    }
}
