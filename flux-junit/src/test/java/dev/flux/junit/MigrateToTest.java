package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flux.junit.Samples.End;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @MigrateTo}, through sample classes run with {@code EngineTestKit}: each sample's test sees the
 * version it asked for, wherever its database started ({@code @BeforeAll}), and the database ends there.
 */
class MigrateToTest {
    private static final List<String> USERS = List.of("ID", "NAME");
    private static final List<String> USERS_WITH_EMAIL = List.of("ID", "NAME", "EMAIL");

    @Test
    void aClassDatabaseStartsEmpty() {
        assertThat(outcomes(StartsEmpty.class)).isEqualTo(Map.of("seesNoTables(FluxDatabase)", "SUCCESSFUL"));
        assertThat(Samples.end(StartsEmpty.class)).isEqualTo(new End("0", Map.of()));
    }

    @Test
    void putsTheDatabaseAtExactlyThatVersion() {
        assertThat(outcomes(ToV3.class)).isEqualTo(Map.of("isAtV3(FluxDatabase)", "SUCCESSFUL"));
        assertThat(Samples.end(ToV3.class)).isEqualTo(new End("3",
                Map.of("USERS", USERS_WITH_EMAIL, "ORDERS", List.of("ID", "USER_ID", "NOTE"))));
    }

    @Test
    void movesDownWithUndoScripts() {
        assertThat(outcomes(DownFromV3.class)).isEqualTo(Map.of("isAtV1(FluxDatabase)", "SUCCESSFUL"));
        assertThat(Samples.end(DownFromV3.class)).isEqualTo(new End("1", Map.of("USERS", USERS)));
    }

    @Test
    void acceptsAFullId() {
        assertThat(outcomes(ByFullId.class)).isEqualTo(Map.of("readsTheAuditTable(Connection)", "SUCCESSFUL"));
        assertThat(Samples.end(ByFullId.class).version()).hasToString("5");
        assertThat(Samples.end(ByFullId.class).tables()).containsOnlyKeys("USERS", "ORDERS", "AUDIT");
    }

    @Test
    void zeroEmptiesTheDatabase() {
        assertThat(outcomes(DownFromV5ToZero.class)).isEqualTo(Map.of("hasNoTables(FluxDatabase)", "SUCCESSFUL"));
        assertThat(Samples.end(DownFromV5ToZero.class)).isEqualTo(new End("0", Map.of()));
    }

    @Test
    void aClassLevelTargetAppliesToEveryTestAndYieldsToTheMethodsOwn() {
        assertThat(outcomes(ClassLevelTarget.class)).isEqualTo(Map.of(
                "appliesToEveryTestOfTheClass(FluxDatabase)", "SUCCESSFUL",
                "yieldsToTheMethodsOwn(FluxDatabase)", "SUCCESSFUL"));
    }

    private static Map<String, String> outcomes(Class<?> sample) {
        Events tests = Samples.run(sample).testEvents();
        return Samples.outcomes(tests);
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class StartsEmpty {
        @Test
        void seesNoTables(FluxDatabase db) {
            assertThat(db.version()).hasToString("0");
            assertThat(db.schema().tables()).isEmpty();
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(StartsEmpty.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class ToV3 {
        @Test
        @MigrateTo("V3")
        void isAtV3(FluxDatabase db) {
            assertThat(db.version()).hasToString("3");
            assertThat(db.schema()).hasTable("orders").hasNoTable("audit")
                    .table("users").hasColumn("email").ofType("varchar(100)");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(ToV3.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class DownFromV3 {
        @BeforeAll
        static void startAtV3(FluxDatabase db) {
            db.migrateTo("V3");
        }

        @Test
        @MigrateTo("V1")
        void isAtV1(FluxDatabase db) {
            assertThat(db.version()).hasToString("1");
            assertThat(db.schema()).hasNoTable("orders").table("users").hasNoColumn("email");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(DownFromV3.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class ByFullId {
        @Test
        @MigrateTo("V5__audit")
        void readsTheAuditTable(Connection c) throws Exception {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit")) {
                assertThat(rs.next()).isTrue();
            }
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(ByFullId.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class DownFromV5ToZero {
        @BeforeAll
        static void startAtV5(FluxDatabase db) {
            db.migrateTo("V5");
        }

        @Test
        @MigrateTo("0")
        void hasNoTables(FluxDatabase db) {
            assertThat(db.schema().tables()).isEmpty();
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(DownFromV5ToZero.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    @MigrateTo("V2")
    static class ClassLevelTarget {
        @Test
        void appliesToEveryTestOfTheClass(FluxDatabase db) {
            assertThat(db.version()).hasToString("2");
        }

        @Test
        @MigrateTo("V4")
        void yieldsToTheMethodsOwn(FluxDatabase db) {
            assertThat(db.version()).hasToString("4");
        }
    }
}
