package dev.flux.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.Result;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Four migrators started at the same moment, each with connections of its own, against one database. */
@ExtendWith(MariaDbTestDatabase.class)
class ConcurrentMigratorsTest {
    private static final int MIGRATORS = 4;

    @Test
    void everyMigrationIsAppliedExactlyOnceByOneOfThem(@TempDir Path dir) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir, "mariadb");
        folder.write("V1__log.sql", "CREATE TABLE applied_log (n INT PRIMARY KEY, by_connection BIGINT NOT NULL);\n");
        for (int i = 2; i <= 8; i++) {
            folder.write("V" + i + "__entry.sql", "INSERT INTO applied_log VALUES (" + i + ", CONNECTION_ID());\n"
                    + "DO SLEEP(0.02);\n");
        }
        try (MariaDbTestDatabase.Database db = MariaDbTestDatabase.freshDatabase()) {
            CyclicBarrier start = new CyclicBarrier(MIGRATORS);
            ExecutorService pool = Executors.newFixedThreadPool(MIGRATORS);
            List<Integer> applied = new ArrayList<>();
            try {
                List<Future<Result>> results = new ArrayList<>();
                for (int i = 0; i < MIGRATORS; i++) {
                    Flux flux = folder.flux(db.dataSource(), java.util.Map.of(), Duration.ofSeconds(30));
                    results.add(pool.submit(() -> {
                        try (flux) {
                            start.await(10, TimeUnit.SECONDS);
                            return flux.migrate();
                        }
                    }));
                }
                for (Future<Result> result : results) {
                    applied.add(result.get(60, TimeUnit.SECONDS).migrations().size());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(applied).containsExactlyInAnyOrder(8, 0, 0, 0);
            assertThat(db.count("SELECT COUNT(*) FROM applied_log")).isEqualTo(7);
            assertThat(db.count("SELECT COUNT(DISTINCT by_connection) FROM applied_log")).as("one migrator's session")
                    .isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM flux_migrations WHERE STATE = 'APPLIED'")).isEqualTo(8);
        }
    }
}
