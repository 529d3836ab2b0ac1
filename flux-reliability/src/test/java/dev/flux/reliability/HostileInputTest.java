package dev.flux.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.flux.FluxException;
import dev.flux.Version;
import dev.flux.spi.HistoryRow;
import dev.flux.spi.HistoryState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, part 3: every hostile input of {@link ConfigInputs}, {@link FileInputs}, {@link ScriptInputs},
 * {@link RunInputs} and {@link ConnectionInputs} must make the command throw a {@link FluxException}
 * with the expected code and location, within its time limit, with no password in it, and leave the
 * database as it was: the same schema snapshot, the same history (no history table where there was none;
 * on H2, plus the one failed row a failed statement records).
 */
class HostileInputTest {
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final long START = System.nanoTime();
    private static PostgresServer.Database postgres;
    private static final List<MariaDbServer.Database> MARIADB = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> h2() {
        List<BadInput> inputs = new ArrayList<>();
        inputs.addAll(ConfigInputs.all());
        inputs.addAll(FileInputs.all());
        inputs.addAll(ScriptInputs.common());
        inputs.addAll(ScriptInputs.h2());
        inputs.addAll(RunInputs.targets());
        inputs.addAll(RunInputs.h2Sql());
        inputs.addAll(ConnectionInputs.h2());
        AtomicInteger index = new AtomicInteger();
        return inputs.stream().map(input -> dynamicTest(input.name(), () -> {
            Path folder = dir.resolve("h2-" + index.incrementAndGet());
            String url = H2Files.url(folder, true);
            Files.createDirectories(folder);
            H2Files.create(url);
            try (Connection server = H2Files.connect(url)) {
                check(input, new HostileProject(folder, "h2", Credentials.h2(url, Credentials.Channel.CONNECTION),
                        Map.of("lock_timeout", 2)));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> postgres() {
        List<BadInput> inputs = new ArrayList<>();
        inputs.addAll(FileInputs.all());
        inputs.addAll(ScriptInputs.common());
        inputs.addAll(ScriptInputs.postgres());
        inputs.addAll(RunInputs.targets());
        inputs.addAll(RunInputs.postgresSql());
        inputs.addAll(ConnectionInputs.postgres());
        AtomicInteger index = new AtomicInteger();
        return inputs.stream().map(input -> dynamicTest(input.name(), () -> {
            String schema = "hostile_" + index.incrementAndGet();
            Credentials credentials = Credentials.postgres(database().url(), Credentials.Channel.CONNECTION);
            check(input, new HostileProject(dir.resolve("postgres-" + schema), "postgres", credentials,
                    Map.of("schema", schema, "lock_timeout", 2)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> mariadb() {
        List<BadInput> inputs = new ArrayList<>();
        inputs.addAll(FileInputs.all());
        // MariaDB's comments do not nest: "/* outer /* inner */ still open" is closed
        inputs.addAll(ScriptInputs.common().stream().filter(i -> !i.name().contains("nested")).toList());
        inputs.addAll(ScriptInputs.mariadb());
        inputs.addAll(RunInputs.targets());
        inputs.addAll(RunInputs.mariadbSql());
        return inputs.stream().map(input -> dynamicTest(input.name(), () -> {
            MariaDbServer.Database db = MariaDbServer.freshDatabase("flux_rel_h_");
            MARIADB.add(db);
            check(input, new HostileProject(dir.resolve("mariadb-" + db.name()), "mariadb",
                    Credentials.mariadb(db.url(), Credentials.Channel.CONNECTION), Map.of("lock_timeout", 2)));
        }));
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
        for (MariaDbServer.Database db : MARIADB) {
            db.close();
        }
        Figures.record("hostile input", CHECKED.get() + " inputs checked (code, location, time limit, no password, "
                + "database unchanged)", START);
    }

    private static synchronized PostgresServer.Database database() throws Exception {
        if (postgres == null) {
            postgres = PostgresServer.freshDatabase("flux_rel_h_");
        }
        return postgres;
    }

    private static void check(BadInput input, HostileProject project) throws Exception {
        Observer observer = new Observer(project);
        if (input.start() == BadInput.Start.BASELINE) {
            BadInput.run(project.config, flux -> flux.migrate());
        }
        Observer.State before = observer.state();
        try {
            input.change().apply(project);
            long start = System.nanoTime();
            Throwable thrown = assertTimeoutPreemptively(input.within(), () -> {
                try {
                    input.command().run(project.config);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }, () -> input.name() + ": no answer within " + input.within());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(thrown).as("%s: what the command threw", input.name()).isInstanceOf(FluxException.class);
            Outputs.record("hostile-" + input.name().replaceAll("\\W+", "-"), stackTrace(thrown));
            FluxException e = (FluxException) thrown;
            assertThat(e.code()).as("%s: code of %s", input.name(), e.getMessage()).isEqualTo(input.code());
            for (String fragment : input.where()) {
                assertThat(e.getMessage()).as("%s: where", input.name()).contains(resolve(fragment, project));
            }
            assertThat(took).as("%s: time taken", input.name()).isLessThanOrEqualTo(input.within());
        } finally {
            project.closeResources();
        }
        Observer.State after = observer.state();
        assertThat(after.snapshot().differencesFrom(before.snapshot(), false)).as("%s: schema changes", input.name())
                .isEmpty();
        assertThat(after.historyExists()).as("%s: history table exists", input.name())
                .isEqualTo(before.historyExists());
        assertThat(after.history()).as("%s: history", input.name()).isEqualTo(expectedHistory(input, before));
        CHECKED.incrementAndGet();
    }

    private static List<String> expectedHistory(BadInput input, Observer.State before) {
        List<String> rows = new ArrayList<>(before.history());
        if (input.failedRowDone() >= 0) {
            rows.add(Observer.describe(new HistoryRow(Version.parse("3"), "V3__fail", "", HistoryState.RUNNING,
                    input.failedRowDone(), null, 0)));
        }
        return rows;
    }

    private static String resolve(String fragment, HostileProject project) {
        String text = fragment;
        for (Map.Entry<String, String> fact : project.facts.entrySet()) {
            text = text.replace("{" + fact.getKey() + "}", fact.getValue());
        }
        return text;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out + "\n" + t;
    }
}
