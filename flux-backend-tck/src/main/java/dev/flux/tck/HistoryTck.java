package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import dev.flux.spi.MigrationBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The history table: created safely, read in version order, written in the engine's transactions. */
public abstract class HistoryTck extends TckBase {

    @Test
    void historyDoesNotExistUntilCreatedAndReadsEmpty() throws Exception {
        MigrationBackend backend = backend(Duration.ofSeconds(5));
        assertThat(backend.historyExists()).isFalse();
        assertThat(backend.readHistory()).isEmpty();
        assertThat(backend.historyExists()).as("reading must not create the table").isFalse();
        backend.createHistory();
        backend.createHistory();
        assertThat(backend.historyExists()).isTrue();
        assertThat(backend.readHistory()).isEmpty();
    }

    @Test
    void historyRowsAreWrittenAndReadBackInVersionOrder() throws Exception {
        MigrationBackend backend = backend(Duration.ofSeconds(5));
        backend.createHistory();
        backend.connection().setAutoCommit(true);
        String checksum = "a".repeat(64);
        for (String v : List.of("10", "2", "1.10", "1.9", "20261126.1")) {
            backend.insertHistory(new HistoryRow(Version.parse(v), "V" + v + "__x", checksum, HistoryState.APPLIED, 3, null, 7));
        }
        assertThat(backend.readHistory()).extracting(r -> r.version().toString())
                .containsExactly("1.9", "1.10", "2", "10", "20261126.1");
        HistoryRow first = backend.readHistory().get(0);
        assertThat(first.id()).isEqualTo("V1.9__x");
        assertThat(first.checksum()).isEqualTo(checksum);
        assertThat(first.state()).isEqualTo(HistoryState.APPLIED);
        assertThat(first.statementsDone()).isEqualTo(3);
        assertThat(first.appliedAt()).as("set by the database").isNotNull();
        assertThat(first.executionMillis()).isEqualTo(7);

        backend.updateHistory(first.with(HistoryState.RUNNING, 1));
        backend.updateChecksum(Version.parse("2"), "V2__renamed", "b".repeat(64));
        backend.deleteHistory(Version.parse("10"));
        List<HistoryRow> rows = backend.readHistory();
        assertThat(rows).extracting(r -> r.version().toString()).containsExactly("1.9", "1.10", "2", "20261126.1");
        assertThat(rows.get(0).state()).isEqualTo(HistoryState.RUNNING);
        assertThat(rows.get(0).statementsDone()).isEqualTo(1);
        assertThat(rows.get(2).id()).isEqualTo("V2__renamed");
        assertThat(rows.get(2).checksum()).isEqualTo("b".repeat(64));
    }

    @Test
    void historyWritesFollowTheConnectionsTransaction() throws Exception {
        MigrationBackend backend = backend(Duration.ofSeconds(5));
        backend.createHistory();
        backend.connection().setAutoCommit(false);
        backend.insertHistory(new HistoryRow(Version.parse("1"), "V1__x", "c".repeat(64), HistoryState.APPLIED, 1, null, 1));
        backend.connection().rollback();
        backend.connection().setAutoCommit(true);
        assertThat(backend.readHistory()).isEmpty();
    }

    @Test
    void twoMigratorsCreatingTheHistoryAtTheSameMomentBothSucceed() throws Exception {
        MigrationBackend a = backend(Duration.ofSeconds(5));
        MigrationBackend b = backend(Duration.ofSeconds(5));
        a.connection();
        b.connection();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (MigrationBackend backend : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    backend.createHistory();
                    return null;
                }));
            }
            for (Future<Void> f : results) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.historyExists()).isTrue();
        assertThat(b.readHistory()).isEmpty();
    }
}
