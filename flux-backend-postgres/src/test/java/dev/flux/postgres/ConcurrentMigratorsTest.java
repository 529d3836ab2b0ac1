package dev.flux.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Flux;
import dev.flux.FluxListener;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.tck.MigrationFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

/** Two migrators started at the same moment, each with connections of its own, against one database. */
@ExtendWith(PostgresTestDatabase.class)
class ConcurrentMigratorsTest {

    @Test
    void oneWaitsForTheOtherAndEveryMigrationIsAppliedExactlyOnce(@TempDir Path dir) throws Exception {
        MigrationFolder folder = new MigrationFolder(dir, "postgres");
        folder.write("V1__log.sql", "CREATE TABLE applied_log (n int PRIMARY KEY, by_pid int NOT NULL);\n");
        for (int i = 2; i <= 6; i++) {
            folder.write("V" + i + "__entry.sql", "INSERT INTO applied_log VALUES (" + i + ", pg_backend_pid());\n"
                    + "SELECT pg_sleep(0.1);\n");
        }
        try (PostgresTestDatabase.Database db = PostgresTestDatabase.freshDatabase()) {
            List<Run> runs = List.of(new Run(), new Run());
            CyclicBarrier start = new CyclicBarrier(runs.size());
            ExecutorService pool = Executors.newFixedThreadPool(runs.size());
            try {
                List<Future<Result>> results = new ArrayList<>();
                for (Run run : runs) {
                    // a data source each: the two migrators share no connection
                    Flux flux = Flux.builder().backend("postgres").migrationDirectory(dir)
                            .dataSource(db.newDataSource()).lockTimeout(Duration.ofSeconds(30)).listener(run).build();
                    results.add(pool.submit(() -> run.migrate(flux, start)));
                }
                for (Future<Result> result : results) {
                    result.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            Run busy = runs.get(0).result.migrations().isEmpty() ? runs.get(1) : runs.get(0);
            Run idle = busy == runs.get(0) ? runs.get(1) : runs.get(0);
            assertThat(busy.result.migrations()).hasSize(6);
            assertThat(idle.result.migrations()).as("the second found nothing left to do").isEmpty();
            assertThat(idle.finished).as("the second returned only after the first had applied everything")
                    .isGreaterThanOrEqualTo(busy.lastStepFinished);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT by_pid), "
                         + "(SELECT count(*) FROM flux_migrations) FROM applied_log")) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows inserted").isEqualTo(5);
                assertThat(rs.getInt(2)).as("all by one migrator's session").isEqualTo(1);
                assertThat(rs.getInt(3)).as("history rows").isEqualTo(6);
            }
        }
    }

    /** One migrator's run: when its last step finished and when migrate() returned. */
    private static final class Run implements FluxListener {
        volatile long lastStepFinished;
        volatile long finished;
        volatile Result result;

        Result migrate(Flux flux, CyclicBarrier start) throws Exception {
            try (flux) {
                start.await(10, TimeUnit.SECONDS);
                result = flux.migrate();
                finished = System.nanoTime();
                return result;
            }
        }

        @Override
        public void stepFinished(Step step, Duration elapsed) {
            lastStepFinished = System.nanoTime();
        }
    }
}
