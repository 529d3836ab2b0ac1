package dev.flux.junit.internal;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.FluxException;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.TestDatabase;
import dev.flux.spi.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovesTest {
    private final TestServer server = Chains.h2();

    /**
     * A clock for the cost model that moves one millisecond each time it is read, so that costs do not hang
     * on timing: each migration, undo, creation, copy and drop costs 1 ms, and a command's fixed part 1 ms
     * more than its number of steps. A copy (1 ms) then beats any move of more than one migration.
     */
    private static LongSupplier oneMillisecondPerReading() {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(1_000_000);
    }

    @Test
    void whenCopiesAreCheapVersionsAskedForAgainAreKeptAndCopied(@TempDir Path dir) throws Exception {
        Settings oneDatabase = Chains.settings(Chains.project(dir, 12), true, 1);
        try (ClassDatabase db = ClassDatabase.open(server, oneDatabase, "cheap", oneMillisecondPerReading())) {
            for (String target : List.of("V10", "V2", "V10", "V2", "V10", "V2")) {
                db.moveForTest(target);
                assertThat(db.version()).hasToString(target.substring(1));
            }
            assertThat(db.templatesKept()).as("V10 and V2, each kept when asked for the second time").isEqualTo(2);
            assertThat(db.copiesUsed()).as("the third request of each").isEqualTo(2);
            assertThat(db.queryValue("SELECT name FROM t2 WHERE id = 2", String.class))
                    .as("a copy holds the data migrations wrote").isEqualTo("row 2");
        }
    }

    @Test
    void whenCopiesAreExpensiveMovesStayIncremental(@TempDir Path dir) throws Exception {
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 12), true), "dear")) {
            db.costs().copied(Duration.ofHours(1));
            for (String target : List.of("V10", "V2", "V10", "V2")) {
                db.moveForTest(target);
            }
            assertThat(db.copiesUsed()).isZero();
            assertThat(db.templatesKept()).isZero();
        }
    }

    @Test
    void everyRouteReachesTheSameSchemaAsMovingIncrementally(@TempDir Path dir) throws Exception {
        Path config = Chains.project(dir, 12);
        Map<String, SchemaSnapshot> expected = new HashMap<>();
        try (ClassDatabase reference = ClassDatabase.open(server, Chains.settings(config, false), "reference")) {
            for (String v : List.of("3", "7", "12", "1", "0")) {
                reference.migrateTo(v);
                expected.put(v, reference.schema());
            }
        }
        for (int pool : List.of(1, 8)) {
            try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(config, true, pool), "routes",
                    oneMillisecondPerReading())) {
                for (String v : List.of("7", "3", "7", "12", "3", "7", "1", "12", "0", "7", "3")) {
                    db.moveForTest(v);
                    assertThat(db.schema()).as("at V" + v + " with a pool of " + pool).matches(expected.get(v));
                }
                if (pool == 1) {
                    assertThat(db.copiesUsed()).isPositive();
                } else {
                    assertThat(db.databasesKept()).isGreaterThan(1);
                }
            }
        }
    }

    @Test
    void aDirtyDatabaseIsNeverKeptAsATemplate(@TempDir Path dir) throws Exception {
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 5), true), "dirty")) {
            db.costs().copied(Duration.ZERO);
            db.moveForTest("V4");
            db.update("INSERT INTO t1 VALUES (99, 'test data')");
            db.moveForTest("V4");
            assertThat(db.templatesKept()).isZero();
        }
    }

    @Test
    void aMoveDownAcrossAMigrationWithoutUndoStartsFromANewDatabase() {
        Path config = Path.of("src/test/resources/projects/no-undo/flux.toml").toAbsolutePath();
        for (boolean copies : List.of(true, false)) {
            try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(config, copies), "noundo")) {
                db.moveForTest("V3");
                db.moveForTest("V1");
                assertThat(db.version()).hasToString("1");
                assertThat(db.schema()).hasTable("users").hasNoTable("orders");
                db.moveForTest("V3");
                assertThatThrownBy(() -> db.migrateTo("V1")).as("a test's own move keeps its data, so it needs undo")
                        .isInstanceOf(FluxException.class).hasMessageContaining("FLUX-NO-UNDO")
                        .hasMessageContaining("V2__seed_admin");
            }
        }
    }

    @Test
    void versionsFarApartAreServedByDatabasesKeptIdleAtThem(@TempDir Path dir) throws Exception {
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 12), true), "pool")) {
            for (int i = 0; i < 20; i++) {
                db.costs().created(Duration.ZERO); // new databases start out free, so the choice does not hang on timing
                db.costs().copied(Duration.ofHours(1));
            }
            db.moveForTest("V12");
            db.update("INSERT INTO t12 VALUES (99, 'left at V12')");
            db.moveForTest("V2");
            assertThat(db.version()).hasToString("2");
            assertThat(db.schema()).hasTable("t2").hasNoTable("t3");
            db.moveForTest("V12");
            assertThat(db.version()).hasToString("12");
            assertThat(db.queryValue("SELECT name FROM t12 WHERE id = 99", String.class))
                    .as("the database left at V12 was kept and is in use again").isEqualTo("left at V12");
            assertThat(db.databasesKept()).isEqualTo(2);
            assertThat(db.copiesUsed()).isZero();
        }
    }

    @Test
    void returningToAMarkUsesTheDatabaseOfTheMarkWithItsData(@TempDir Path dir) throws Exception {
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 12), true), "mark",
                oneMillisecondPerReading())) {
            for (int i = 0; i < 20; i++) {
                db.costs().created(Duration.ZERO);
            }
            db.moveForTest("V12");
            db.update("INSERT INTO t12 VALUES (99, 'before the test')");
            ClassDatabase.Mark mark = db.mark();
            db.moveForTest("V2");
            assertThat(db.databasesKept()).as("the test got a database of its own").isEqualTo(2);
            db.returnTo(mark);
            assertThat(db.version()).hasToString("12");
            assertThat(db.queryValue("SELECT name FROM t12 WHERE id = 99", String.class)).isEqualTo("before the test");
        }
    }

    @Test
    void aPoolOfOneKeepsOnlyTheDatabaseInUse(@TempDir Path dir) throws Exception {
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 12), true, 1), "one")) {
            for (int i = 0; i < 20; i++) {
                db.costs().created(Duration.ZERO);
            }
            for (String target : List.of("V12", "V2", "V12", "V1", "V11")) {
                db.moveForTest(target);
                assertThat(db.version()).hasToString(target.substring(1));
                assertThat(db.databasesKept()).isEqualTo(1);
            }
        }
    }

    @Test
    void closingDropsTheDatabaseAndItsTemplates(@TempDir Path dir) throws Exception {
        ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 3), true), "closing");
        db.costs().copied(Duration.ZERO);
        db.moveForTest("V3");
        db.moveForTest("V1");
        db.moveForTest("V3");
        assertThat(db.templatesKept()).isEqualTo(1);
        var template = db.templates().all().values().iterator().next();
        var current = db.current();
        List<TestDatabase> all = new ArrayList<>(List.of(template, current));
        db.live().idle().forEach(m -> all.add(m.database));

        db.close();

        for (var dropped : all) {
            try (var c = dropped.dataSource().getConnection(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("tables left in " + dropped).isZero();
            }
        }
    }
}
