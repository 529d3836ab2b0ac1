package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.flux.postgres.internal.PostgresTestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension on PostgreSQL: with {@code flux.test.url} naming the local server, and without it in a
 * Testcontainers container where Docker answers.
 */
class PostgresTest {
    static final List<String> urls = new CopyOnWriteArrayList<>();
    private static final Map<String, String> PG_SHOP_PASSES = Map.of(
            "migrateToGivesExactlyThatVersion(FluxDatabase)", "SUCCESSFUL",
            "backfillsEmails(FluxDatabase, Connection)", "SUCCESSFUL",
            "V1__users", "SUCCESSFUL", "V2__email", "SUCCESSFUL", "V3__orders", "SUCCESSFUL",
            "V4__backfill_email", "SUCCESSFUL", "V5__audit", "SUCCESSFUL");

    @Test
    void theSuiteRunsOnADatabaseOfItsOwnDroppedAfterTheClass() throws Exception {
        EngineExecutionResults results = run(PgShop.class, PostgresServer.url());

        assertThat(Samples.outcomes(results.testEvents())).isEqualTo(PG_SHOP_PASSES);
        assertThat(PostgresServer.databases("flux_test_pgshop_")).as("databases left behind").isZero();
    }

    @Test
    void rollbackAfterReturnsToTheVersionBeforeAMoveDownWithUndo() throws Exception {
        EngineExecutionResults results = run(PgRollbackAfter.class, PostgresServer.url());

        assertThat(Samples.outcomes(results.testEvents())).isEqualTo(Map.of("movesDownWithUndo(FluxDatabase)",
                "SUCCESSFUL"));
        assertThat(Samples.end(PgRollbackAfter.class)).isEqualTo(new Samples.End("3", Map.of(
                "users", List.of("id", "name", "email"), "orders", List.of("id", "user_id", "note"))));
        assertThat(PostgresServer.databases("flux_test_pgrollbackafter_")).as("databases left behind").isZero();
    }

    @Test
    void aBrokenUndoFailsNamingTheMigrationAndTheColumn() {
        Events tests = run(PgBrokenUndo.class, PostgresServer.url()).testEvents();

        assertThat(Samples.outcomes(tests)).containsExactly(entry("V1__users", "SUCCESSFUL"),
                entry("V2__orders", "SUCCESSFUL"), entry("V3__order_note", "FAILED"),
                entry("V4__invoices", "SUCCESSFUL"));
        tests.assertThatEvents().haveExactly(1,
                event(displayName("V3__order_note"), finishedWithFailure(message(
                        "after undo of V3__order_note: column orders.note still exists"))));
    }

    @Test
    void aSuiteWhoseFluxTomlNamesH2RunsOnPostgresqlWhenTheTestUrlSaysSo() throws Exception {
        urls.clear();

        EngineExecutionResults results = run(H2ShopOnPostgres.class, PostgresServer.url());

        assertThat(Samples.outcomes(results.testEvents())).isEqualTo(Map.of(
                "runsOnTheServerOfTheUrl(FluxDatabase, Connection)", "SUCCESSFUL",
                "V1__users", "SUCCESSFUL", "V2__email", "SUCCESSFUL", "V3__orders", "SUCCESSFUL",
                "V4__backfill_email", "SUCCESSFUL", "V5__audit", "SUCCESSFUL"));
        assertThat(urls).singleElement().asString().startsWith("jdbc:postgresql://");
        assertThat(PostgresServer.databases("flux_test_h2shoponpostgres_")).as("databases left behind").isZero();
    }

    @Test
    void withoutAUrlButWithDockerTheSuiteRunsInATestcontainersContainer() {
        String why = PostgresTestDatabases.containerUnavailable().orElse(null);
        Assumptions.assumeTrue(why == null, () -> "No PostgreSQL container can run here, so none is tried: " + why
                + ". Start Docker to run this test; without access to a registry, build an image with"
                + " .ci/postgres-image and pass -Dflux.test.postgres.image=flux-local/postgres:15.");
        urls.clear();

        assertThat(Samples.outcomes(run(PgShop.class, null).testEvents())).isEqualTo(PG_SHOP_PASSES);

        assertThat(urls).singleElement().asString().startsWith("jdbc:postgresql://")
                .doesNotContain(PostgresServer.URL.replaceFirst("/[^/]*$", "/"));
    }

    @Test
    void withoutAUrlOrAContainerTheClassIsSkippedSayingWhy() {
        String why = PostgresTestDatabases.containerUnavailable().orElse(null);
        Assumptions.assumeTrue(why != null, "A container can run here, so it is used: see the test above.");
        run(PgShop.class, null).containerEvents().assertThatEvents().haveExactly(1, event(container(PgShop.class),
                skippedWithReason(r -> r.startsWith("No database to run flux tests on backend 'postgres'")
                        && r.contains("CREATEDB") && r.contains("start Docker") && r.contains("; here " + why))));
    }

    private static EngineExecutionResults run(Class<?> sample, String url) {
        return Samples.run(sample, url == null ? Map.of() : Map.of("flux.test.url", url));
    }

    @FluxTest(config = "src/test/resources/projects/shop-postgres/flux.toml")
    static class PgShop {
        @Test
        @MigrateTo("V3")
        void migrateToGivesExactlyThatVersion(FluxDatabase db) {
            assertThat(db.schema()).hasTable("orders").hasNoTable("audit")
                    .table("users").hasColumn("email").ofType("varchar(100)").and().hasIndex("idx_users_email");
        }

        @Test
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
            assertThat(db.queryValue("SELECT COUNT(*) FROM users", Number.class)).as("a bigint").isEqualTo(1L);
            assertThat(db.queryValue("SELECT COUNT(*) FROM users", Integer.class)).isEqualTo(1);
        }

        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop-postgres/flux.toml")
    static class PgRollbackAfter {
        @BeforeAll
        static void startAtV3(FluxDatabase db) {
            db.migrateTo("V3");
        }

        @Test
        @MigrateTo("V1")
        @RollbackAfter
        void movesDownWithUndo(FluxDatabase db) {
            assertThat(db.version()).hasToString("1");
            assertThat(db.schema()).hasNoTable("orders").table("users").hasNoColumn("email");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(PgRollbackAfter.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/broken-undo-postgres/flux.toml")
    static class PgBrokenUndo {
        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }

    /** A suite written for H2: its flux.toml names the backend h2. */
    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class H2ShopOnPostgres {
        @Test
        @MigrateTo("V3")
        void runsOnTheServerOfTheUrl(FluxDatabase db, Connection c) throws Exception {
            urls.add(c.getMetaData().getURL());
            assertThat(db.schema()).hasTable("orders").table("users").hasColumn("email");
        }

        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }
}
