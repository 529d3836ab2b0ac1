package dev.flux.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.Version;
import dev.flux.spi.BackendContext;
import dev.flux.spi.History;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The history part on its own: created safely, read in version order, written in the transaction of the
 * connection it is given. It needs only the part and connections to the test database:
 *
 * <pre>{@code
 * class MyDbHistoryTest extends HistoryTck {
 *     protected TckDatabase createDatabase() { ... }
 *     protected History history(BackendContext context) { return new MyDbHistory(context); }
 * }
 * }</pre>
 */
public abstract class HistoryTck extends TckBase {
    private static final String CHECKSUM = "a".repeat(64);

    /** The history part of the backend under test, made with the test database's options. */
    protected abstract History history(BackendContext context);

    private History history() {
        return closeAfter(history(context(Duration.ofSeconds(5))));
    }

    private static HistoryRow row(String version, HistoryState state, int done) {
        return new HistoryRow(Version.parse(version), "V" + version + "__x", CHECKSUM, state, done, null, 7);
    }

    @Test
    void historyDoesNotExistUntilCreatedAndReadsEmpty() throws Exception {
        History history = history();
        Connection c = connection();
        assertThat(history.exists(c)).isFalse();
        assertThat(history.read(c)).isEmpty();
        assertThat(history.exists(c)).as("reading must not create the table").isFalse();
        history.create(c);
        history.create(c);
        assertThat(history.exists(c)).isTrue();
        assertThat(history.read(c)).isEmpty();
        assertThat(history(context(Duration.ofSeconds(5))).exists(connection())).as("seen by another migrator")
                .isTrue();
    }

    @Test
    void historyRowsAreWrittenAndReadBackInVersionOrder() throws Exception {
        History history = history();
        Connection c = connection();
        history.create(c);
        for (String v : List.of("10", "2", "1.10", "1.9", "20261126.1")) {
            history.insert(c, row(v, HistoryState.APPLIED, 3));
        }
        assertThat(history.read(c)).extracting(r -> r.version().toString())
                .containsExactly("1.9", "1.10", "2", "10", "20261126.1");
        HistoryRow first = history.read(c).get(0);
        assertThat(first.id()).isEqualTo("V1.9__x");
        assertThat(first.checksum()).isEqualTo(CHECKSUM);
        assertThat(first.state()).isEqualTo(HistoryState.APPLIED);
        assertThat(first.statementsDone()).isEqualTo(3);
        assertThat(first.appliedAt()).as("set by the database").isNotNull();
        assertThat(first.executionMillis()).isEqualTo(7);

        history.update(c, first.with(HistoryState.RUNNING, 1));
        history.updateChecksum(c, Version.parse("2"), "V2__renamed", "b".repeat(64));
        history.delete(c, Version.parse("10"));
        List<HistoryRow> rows = history.read(c);
        assertThat(rows).extracting(r -> r.version().toString()).containsExactly("1.9", "1.10", "2", "20261126.1");
        assertThat(rows.get(0).state()).isEqualTo(HistoryState.RUNNING);
        assertThat(rows.get(0).statementsDone()).isEqualTo(1);
        assertThat(rows.get(2).id()).isEqualTo("V2__renamed");
        assertThat(rows.get(2).checksum()).isEqualTo("b".repeat(64));
    }

    @Test
    void aRunningRowThatIsCompletedBecomesApplied() throws Exception {
        History history = history();
        Connection c = connection();
        history.create(c);
        history.insert(c, row("1", HistoryState.RUNNING, 0));
        history.update(c, row("1", HistoryState.RUNNING, 2));
        assertThat(history.read(c)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(HistoryState.RUNNING);
            assertThat(r.statementsDone()).isEqualTo(2);
        });
        history.update(c, new HistoryRow(Version.parse("1"), "ignored", "ignored", HistoryState.APPLIED, 3, null, 99));
        assertThat(history.read(c)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(HistoryState.APPLIED);
            assertThat(r.statementsDone()).isEqualTo(3);
            assertThat(r.executionMillis()).isEqualTo(99);
            assertThat(r.id()).as("an update keeps the id").isEqualTo("V1__x");
            assertThat(r.appliedAt()).isNotNull();
        });
    }

    /**
     * Versions spelt at random ({@code V} or not, {@code .} or {@code _}, leading zeros, trailing zero
     * segments, numbers beyond {@code long}) come back as the same versions, in {@link Version} order.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void generatedSpellingsComeBackAsTheSameVersionsInVersionOrder(long seed) throws Exception {
        Random random = new Random(seed);
        Map<Version, String> spellings = new LinkedHashMap<>();
        while (spellings.size() < 12) {
            String spelling = spelling(random);
            spellings.putIfAbsent(Version.parse(spelling), spelling);
        }
        List<Version> inserted = new ArrayList<>(spellings.keySet());
        Collections.shuffle(inserted, random);
        History history = history();
        Connection c = connection();
        history.create(c);
        for (Version v : inserted) {
            history.insert(c, new HistoryRow(Version.parse(spellings.get(v)), "V" + v + "__x", CHECKSUM,
                    HistoryState.APPLIED, 1, null, 1));
        }
        List<Version> sorted = new ArrayList<>(inserted);
        Collections.sort(sorted);
        List<HistoryRow> read = history.read(c);
        assertThat(read).extracting(HistoryRow::version).as("spellings %s", spellings.values())
                .containsExactlyElementsOf(sorted);
        assertThat(read).extracting(r -> r.version().normalised())
                .containsExactlyElementsOf(sorted.stream().map(Version::normalised).toList());
        assertThat(read).as("each shown as its id spells it").extracting(r -> r.version().toString())
                .containsExactlyElementsOf(sorted.stream().map(Version::toString).toList());
    }

    private static String spelling(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "V" : "");
        int segments = 1 + random.nextInt(3);
        int trailingZeros = random.nextInt(2);
        for (int i = 0; i < segments + trailingZeros; i++) {
            if (i > 0) {
                text.append(random.nextBoolean() ? '.' : '_');
            }
            text.append("0".repeat(random.nextInt(2)));
            BigInteger n = i >= segments ? BigInteger.ZERO : random.nextInt(8) == 0
                    ? new BigInteger(80, random) : BigInteger.valueOf(1 + random.nextInt(20));
            text.append(n);
        }
        return text.toString();
    }

    @Test
    void historyWritesFollowTheConnectionsTransaction() throws Exception {
        History history = history();
        Connection c = connection();
        history.create(c);
        c.setAutoCommit(false);
        history.insert(c, row("1", HistoryState.APPLIED, 1));
        assertThat(history.read(c)).as("seen inside the transaction").hasSize(1);
        c.rollback();
        c.setAutoCommit(true);
        assertThat(history.read(c)).isEmpty();
        c.setAutoCommit(false);
        history.insert(c, row("2", HistoryState.APPLIED, 1));
        c.commit();
        c.setAutoCommit(true);
        assertThat(history(context(Duration.ofSeconds(5))).read(connection())).as("committed")
                .extracting(r -> r.version().toString()).containsExactly("2");
    }

    @Test
    void writingARowThatIsNotThereFails() throws Exception {
        History history = history();
        Connection c = connection();
        history.create(c);
        assertThatThrownBy(() -> history.update(c, row("7", HistoryState.APPLIED, 1)))
                .isInstanceOf(SQLException.class).hasMessageContaining("7");
        assertThatThrownBy(() -> history.updateChecksum(c, Version.parse("7"), "V7__x", CHECKSUM))
                .isInstanceOf(SQLException.class).hasMessageContaining("7");
        assertThatThrownBy(() -> history.delete(c, Version.parse("7")))
                .isInstanceOf(SQLException.class).hasMessageContaining("7");
    }

    @Test
    void twoMigratorsCreatingTheHistoryAtTheSameMomentBothSucceed() throws Exception {
        List<History> histories = List.of(history(), history());
        List<Connection> connections = List.of(connection(), connection());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                History history = histories.get(i);
                Connection c = connections.get(i);
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    history.create(c);
                    return null;
                }));
            }
            for (Future<Void> f : results) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(histories.get(0).exists(connections.get(0))).isTrue();
        assertThat(histories.get(1).read(connections.get(1))).isEmpty();
    }
}
