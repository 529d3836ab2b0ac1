package dev.flux.junit.internal;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flux.FluxException;
import dev.flux.spi.SchemaSnapshot;
import dev.flux.spi.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovesTest {
    private final TestServer server = Chains.h2();

    @Test
    void whenCopiesAreCheapVersionsAskedForAgainAreKeptAndCopied(@TempDir Path dir) throws Exception {
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(Chains.project(dir, 12), true), "cheap")) {
            for (int i = 0; i < 20; i++) {
                // Copies and the drops they cause start out free, so the first choices do not hang on timing.
                db.costs().copied(Duration.ZERO);
                db.costs().dropped(Duration.ZERO);
            }
            for (String target : List.of("V10", "V2", "V10", "V2", "V10", "V2")) {
                db.moveForTest(target);
                assertThat(db.version()).isEqualTo(target.substring(1));
            }
            // Real copies average their measured time into the cost model, so how many of the later moves
            // go through a copy depends on timing; that versions asked for again are kept and copied does not.
            assertThat(db.templatesKept()).isBetween(1, 2);
            assertThat(db.copiesUsed()).isPositive();
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
        try (ClassDatabase db = ClassDatabase.open(server, Chains.settings(config, true), "routes")) {
            db.costs().copied(Duration.ZERO);
            db.costs().dropped(Duration.ZERO);
            for (String v : List.of("7", "3", "7", "12", "3", "7", "1", "12", "0", "7", "3")) {
                db.moveForTest(v);
                assertThat(db.schema()).as("at V" + v).matches(expected.get(v));
            }
            assertThat(db.copiesUsed()).isPositive();
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
                assertThat(db.version()).isEqualTo("1");
                assertThat(db.schema()).hasTable("users").hasNoTable("orders");
                db.moveForTest("V3");
                assertThatThrownBy(() -> db.migrateTo("V1")).as("a test's own move keeps its data, so it needs undo")
                        .isInstanceOf(FluxException.class).hasMessageContaining("FLUX-NO-UNDO")
                        .hasMessageContaining("V2__seed_admin");
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

        db.close();

        for (var dropped : List.of(template, current)) {
            try (var c = dropped.dataSource().getConnection(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("tables left in " + dropped).isZero();
            }
        }
    }
}
