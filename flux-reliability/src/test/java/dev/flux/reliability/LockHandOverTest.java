package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.spi.MigrationBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value #WAITERS} PostgreSQL migrators wait for a lock that another session holds; the server hands it
 * on the moment it is released. Prints the drain time: from the release until the last migrator is done.
 */
class LockHandOverTest {
    private static final int WAITERS = 8;

    @TempDir
    Path dir;

    @Test
    void waitingMigratorsTakeTheLockInTurnAsSoonAsItIsReleased() throws Exception {
        try (PostgresServer.Database db = PostgresServer.freshDatabase("flux_rel_h_")) {
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("migrations/V1__orders.sql"), "CREATE TABLE orders (id INT);\n");
            Path config = Files.writeString(dir.resolve("flux.toml"), "[flux]\nbackend = \"postgres\"\n"
                    + "migration_directory = \"migrations\"\n\n[connection]\nurl = \"" + db.url() + "\"\n");
            ExecutorService pool = Executors.newFixedThreadPool(WAITERS);
            MigrationBackend holder = Backends.open(config, Duration.ofSeconds(5), "flux-holder");
            try {
                holder.migrationLock().lock();
                List<Future<Integer>> migrators = new ArrayList<>();
                for (int i = 0; i < WAITERS; i++) {
                    migrators.add(pool.submit(() -> {
                        try (Flux flux = Flux.builder().config(config).lockTimeout(Duration.ofSeconds(60)).build()) {
                            return flux.migrate().migrations().size();
                        }
                    }));
                }
                awaitWaiters(db);
                long released = System.nanoTime();
                holder.migrationLock().unlock();
                int applied = 0;
                for (Future<Integer> migrator : migrators) {
                    applied += migrator.get(60, TimeUnit.SECONDS);
                }
                long drainMillis = Duration.ofNanos(System.nanoTime() - released).toMillis();
                Figures.note("lock hand-over postgres", WAITERS + " waiting migrators done " + drainMillis
                        + " ms after the holder released the lock");
                assertThat(applied).as("V1 applied once in all").isEqualTo(1);
                assertThat(db.count("SELECT count(*) FROM flux_migrations")).isEqualTo(1);
            } finally {
                holder.close();
                pool.shutdownNow();
            }
        }
    }

    /** Until every migrator waits in the server for the advisory lock (an ungranted lock in pg_locks). */
    private static void awaitWaiters(PostgresServer.Database db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String waiting = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
        while (db.count(waiting) < WAITERS) {
            assertThat(System.nanoTime()).as("all %d migrators waiting within 60 s", WAITERS).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
