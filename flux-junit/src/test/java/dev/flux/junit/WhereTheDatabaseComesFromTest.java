package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class WhereTheDatabaseComesFromTest {
    static final List<String> urls = new ArrayList<>();

    @AfterEach
    void forget() {
        urls.clear();
        System.clearProperty("flux.url");
        System.clearProperty("flux.test.url");
    }

    @Test
    void withoutAnyDatabaseTheClassIsSkippedWithAMessageThatSaysHowToProvideOne() {
        EngineExecutionResults results = run(NoLocalDatabase.class, Map.of());

        results.testEvents().assertStatistics(s -> s.started(0).succeeded(0).failed(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(NoLocalDatabase.class),
                skippedWithReason(r -> r.startsWith("No database to run flux tests on backend 'nodb'. Set flux.test.url")
                        && r.contains("-Dflux.test.url=jdbc:") && r.contains("junit-platform.properties")
                        && r.contains("or start Docker, so that Testcontainers can run a nodb container")
                        && r.contains("never use the connection settings of flux.toml"))));
    }

    @Test
    void flux_test_urlAsAConfigurationParameterGivesTheServer() {
        EngineExecutionResults results = run(NoLocalDatabase.class,
                Map.of("flux.test.url", "jdbc:h2:mem:given;MODE=LEGACY", "flux.test.user", "tester"));

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(urls).singleElement().asString().startsWith("jdbc:h2:mem:given_NoLocalDatabase_");
    }

    @Test
    void flux_test_urlAsASystemPropertyGivesTheServerToo() {
        System.setProperty("flux.test.url", "jdbc:h2:mem:fromproperty");
        EngineExecutionResults results = run(NoLocalDatabase.class, Map.of());

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(urls).singleElement().asString().startsWith("jdbc:h2:mem:fromproperty_");
    }

    @Test
    void theEmbeddedDatabaseGivesEachClassAFreshInMemoryDatabase() {
        run(EmbeddedOne.class, Map.of()).testEvents().assertStatistics(s -> s.succeeded(1));
        run(EmbeddedTwo.class, Map.of()).testEvents().assertStatistics(s -> s.succeeded(1));

        assertThat(urls).hasSize(2).allMatch(u -> u.startsWith("jdbc:h2:mem:flux_test_Embedded"));
        assertThat(urls.get(0)).isNotEqualTo(urls.get(1));
    }

    @Test
    void connectionSettingsOfFluxTomlThePropertiesAndTheEnvironmentAreNeverUsed() {
        System.setProperty("flux.url", "jdbc:h2:file:./target/hostile/from-property");

        run(IgnoresConnectionSettings.class, Map.of()).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));

        assertThat(urls).singleElement().asString().startsWith("jdbc:h2:mem:flux_test_");
        assertThat(Path.of("target/hostile")).doesNotExist();
    }

    @Test
    void aBackendWithoutTestDatabasesSkipsTheClassSayingSo() {
        run(NoTestDatabases.class, Map.of()).containerEvents().assertThatEvents().haveExactly(1,
                event(container(NoTestDatabases.class), skippedWithReason(r -> r.startsWith(
                        "No database to run flux tests on: backend 'notests' offers no test databases"))));
    }

    @Test
    void aBackendWithoutTestDatabasesFailsTheClassWhenAUrlAsksForOne() {
        run(NoTestDatabases.class, Map.of("flux.test.url", "jdbc:notests:x")).containerEvents().assertThatEvents()
                .haveExactly(1, event(container(NoTestDatabases.class), finishedWithFailure(message(m -> m.contains(
                        "flux.test.url is set, but backend 'notests' offers no test databases")))));
    }

    @Test
    void theDatabaseOfAClassIsDroppedAfterIt() throws Exception {
        Path base = Files.createTempDirectory("flux-junit").resolve("db");
        run(NoLocalDatabase.class, Map.of("flux.test.url", "jdbc:h2:file:" + base)).testEvents()
                .assertStatistics(s -> s.succeeded(1));

        try (var files = Files.list(base.getParent())) {
            assertThat(files).as("the files of the class's database").isEmpty();
        }
    }

    @Test
    void aFluxTomlThatNamesNoBackendGetsItFromTheTestUrl() throws Exception {
        Path base = Files.createTempDirectory("flux-junit").resolve("db");
        urls.clear();

        run(NoBackendNamed.class, Map.of("flux.test.url", "jdbc:h2:file:" + base)).testEvents()
                .assertStatistics(s -> s.succeeded(1));

        assertThat(urls).singleElement().asString().startsWith("jdbc:h2:file:" + base.getParent());
    }

    private static EngineExecutionResults run(Class<?> sample, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameters(parameters).execute();
    }

    static void remember(FluxDatabase db) throws Exception {
        try (var c = db.dataSource().getConnection()) {
            urls.add(c.getMetaData().getURL());
        }
    }

    @FluxTest(config = "src/test/resources/projects/nodb/flux.toml")
    static class NoLocalDatabase {
        @org.junit.jupiter.api.Test
        @MigrateTo("V2")
        void runs(FluxDatabase db) throws Exception {
            remember(db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/no-backend/flux.toml")
    static class NoBackendNamed {
        @org.junit.jupiter.api.Test
        @MigrateTo("V2")
        void runs(FluxDatabase db) throws Exception {
            remember(db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/notests/flux.toml")
    static class NoTestDatabases {
        @org.junit.jupiter.api.Test
        void runs() {
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class EmbeddedOne {
        @org.junit.jupiter.api.Test
        void runs(FluxDatabase db) throws Exception {
            remember(db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class EmbeddedTwo {
        @org.junit.jupiter.api.Test
        void runs(FluxDatabase db) throws Exception {
            remember(db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/hostile-connection/flux.toml")
    static class IgnoresConnectionSettings {
        @org.junit.jupiter.api.Test
        @MigrateTo("V5")
        void runs(FluxDatabase db) throws Exception {
            remember(db);
        }
    }
}
