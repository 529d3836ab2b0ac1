package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.testcontainers.DockerClientFactory;

/**
 * The extension on PostgreSQL: with {@code flux.test.url} naming the local server, and without it in a
 * Testcontainers container where Docker answers.
 */
class PostgresTest {
    static final List<String> urls = new CopyOnWriteArrayList<>();

    @Test
    void theSuiteRunsOnADatabaseOfItsOwnDroppedAfterTheClass() throws Exception {
        EngineExecutionResults results = run(PgShop.class, PostgresServer.url());

        results.testEvents().assertStatistics(s -> s.started(9).succeeded(9).failed(0));
        assertThat(PostgresServer.databases("flux_test_pgshop_")).as("databases left behind").isZero();
    }

    @Test
    void aBrokenUndoFailsNamingTheMigrationAndTheColumn() {
        run(PgBrokenUndo.class, PostgresServer.url()).testEvents().assertThatEvents().haveExactly(1,
                event(displayName("V3__order_note"), finishedWithFailure(message(
                        "after undo of V3__order_note: column orders.note still exists"))));
    }

    @Test
    void withoutAUrlButWithDockerTheSuiteRunsInATestcontainersContainer() {
        Assumptions.assumeTrue(dockerAnswers(), "No Docker engine answers here, so the container is not tried."
                + " Start Docker to run this test; without access to a registry, build an image with"
                + " .ci/postgres-image and pass -Dflux.test.postgres.image=flux-local/postgres:15.");
        urls.clear();

        run(PgShop.class, null).testEvents().assertStatistics(s -> s.started(9).succeeded(9).failed(0));

        assertThat(urls).singleElement().asString().startsWith("jdbc:postgresql://")
                .doesNotContain(PostgresServer.URL.replaceFirst("/[^/]*$", "/"));
    }

    @Test
    void withoutAUrlOrDockerTheClassIsSkippedWithAMessage() {
        Assumptions.assumeFalse(dockerAnswers(), "Docker answers here, so a container is used: see the test above.");
        run(PgShop.class, null).containerEvents().assertThatEvents().haveExactly(1, event(container(PgShop.class),
                skippedWithReason(r -> r.startsWith("No database to run flux tests on backend 'postgres'")
                        && r.contains("CREATEDB") && r.contains("start Docker"))));
    }

    /** Whether Docker answers; also when Testcontainers then fails on it, so that the failure is shown. */
    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static EngineExecutionResults run(Class<?> sample, String url) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameters(url == null ? Map.of() : Map.of("flux.test.url", url)).execute();
    }

    @FluxTest(config = "src/test/resources/projects/shop-postgres/flux.toml")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PgShop {
        @Test
        @Order(1)
        @MigrateTo("V3")
        void migrateToGivesExactlyThatVersion(FluxDatabase db) {
            assertThat(db.schema()).hasTable("orders").hasNoTable("audit")
                    .table("users").hasColumn("email").ofType("varchar(100)").and().hasIndex("idx_users_email");
        }

        @Test
        @Order(2)
        @MigrateTo("V1")
        @RollbackAfter
        void movesDownWithUndo(FluxDatabase db) {
            assertThat(db.schema()).hasNoTable("orders").table("users").hasNoColumn("email");
        }

        @Test
        @Order(3)
        void rollbackAfterReturnedToV3(FluxDatabase db) {
            assertThat(db.version()).hasToString("3");
        }

        @Test
        @Order(4)
        void backfillsEmails(FluxDatabase db, Connection c) throws Exception {
            urls.add(c.getMetaData().getURL());
            db.migrateTo("V3");
            try (var s = c.prepareStatement("INSERT INTO users (id, name) VALUES (?, ?)")) {
                s.setInt(1, 1);
                s.setString(2, "Ada");
                s.executeUpdate();
            }
            db.migrateTo("V4");
            assertThat(db.queryValue("SELECT email FROM users WHERE id = 1", String.class)).isEqualTo("ada@example.com");
        }

        @TestFactory
        @Order(5)
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }

    @FluxTest(config = "src/test/resources/projects/broken-undo-postgres/flux.toml")
    static class PgBrokenUndo {
        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }
}
