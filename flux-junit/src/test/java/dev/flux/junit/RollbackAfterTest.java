package dev.flux.junit;

import static dev.flux.junit.FluxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.flux.FluxException;
import dev.flux.junit.Samples.End;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code @RollbackAfter}, through sample classes run with {@code EngineTestKit}: each sample puts its
 * database at V2 with a user in {@code @BeforeAll}; after its tests, the database must be back at V2.
 */
class RollbackAfterTest {
    private static final List<String> USERS_WITH_EMAIL = List.of("ID", "NAME", "EMAIL");
    private static final End AT_V2 = new End("2", Map.of("USERS", USERS_WITH_EMAIL));
    private static final Map<Class<?>, List<Map<String, Object>>> users = new ConcurrentHashMap<>();

    @Test
    void aMoveUpIsUndoneAndTheDataOfTheVersionBeforeIsBack() {
        users.remove(UpToV5.class);
        assertThat(Samples.outcomes(Samples.run(UpToV5.class).testEvents()))
                .isEqualTo(Map.of("isAtV5(FluxDatabase)", "SUCCESSFUL"));

        assertThat(Samples.end(UpToV5.class)).isEqualTo(AT_V2);
        assertThat(users.get(UpToV5.class)).as("the users, without the e-mail address V4 backfilled")
                .containsExactly(user(1, "Ada", null));
    }

    @Test
    void aMoveDownIsUndoneByMovingUpAgain() {
        assertThat(Samples.outcomes(Samples.run(DownToV1.class).testEvents()))
                .isEqualTo(Map.of("isAtV1WithoutEmail(FluxDatabase)", "SUCCESSFUL"));

        assertThat(Samples.end(DownToV1.class)).isEqualTo(AT_V2);
    }

    @Test
    void theMovesATestMakesItselfAreUndone() {
        assertThat(Samples.outcomes(Samples.run(OwnMoves.class).testEvents()))
                .isEqualTo(Map.of("movesUpDownAndUp(FluxDatabase)", "SUCCESSFUL"));

        assertThat(Samples.end(OwnMoves.class)).isEqualTo(AT_V2);
    }

    @Test
    void onAClassItAppliesToEachTest() {
        assertThat(Samples.outcomes(Samples.run(OnAClass.class).testEvents())).isEqualTo(Map.of(
                "isAtV3(FluxDatabase)", "SUCCESSFUL",
                "isAtV4(FluxDatabase)", "SUCCESSFUL"));

        assertThat(Samples.end(OnAClass.class)).isEqualTo(AT_V2);
    }

    @Test
    void aFailedTestIsRolledBackToo() {
        EngineExecutionResults results = Samples.run(FailingAtV5.class);

        assertThat(Samples.outcomes(results.testEvents())).isEqualTo(Map.of("failsAtV5(FluxDatabase)", "FAILED"));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("failsAtV5(FluxDatabase)"),
                finishedWithFailure(message("the test's own failure"))));
        assertThat(Samples.end(FailingAtV5.class)).isEqualTo(AT_V2);
    }

    @Test
    void aWayBackOverAMigrationWithoutUndoFailsTheTestNamingIt() {
        EngineExecutionResults results = Samples.run(NoWayBack.class);

        assertThat(Samples.outcomes(results.testEvents())).isEqualTo(Map.of("movesOverV2(FluxDatabase)", "FAILED"));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("movesOverV2(FluxDatabase)"),
                finishedWithFailure(instanceOf(FluxException.class), message(m -> m.startsWith("FLUX-NO-UNDO")
                        && m.contains("V2__seed_admin")))));
        assertThat(Samples.end(NoWayBack.class).version()).as("nothing was undone").hasToString("3");
    }

    private static Map<String, Object> user(int id, String name, String email) {
        Map<String, Object> row = new HashMap<>();
        row.put("ID", id);
        row.put("NAME", name);
        row.put("EMAIL", email);
        return row;
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class UpToV5 {
        @BeforeAll
        static void startAtV2WithAUser(FluxDatabase db) {
            db.migrateTo("V2");
            db.update("INSERT INTO users (id, name) VALUES (1, 'Ada')");
        }

        @Test
        @MigrateTo("V5")
        @RollbackAfter
        void isAtV5(FluxDatabase db) {
            assertThat(db.version()).hasToString("5");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(UpToV5.class, db);
            users.put(UpToV5.class, db.query("SELECT id, name, email FROM users ORDER BY id"));
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class FailingAtV5 {
        @BeforeAll
        static void startAtV2(FluxDatabase db) {
            db.migrateTo("V2");
        }

        @Test
        @MigrateTo("V5")
        @RollbackAfter
        void failsAtV5(FluxDatabase db) {
            assertThat(db.version()).hasToString("5");
            throw new AssertionError("the test's own failure");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(FailingAtV5.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/no-undo/flux.toml")
    static class NoWayBack {
        @BeforeAll
        static void startAtV1(FluxDatabase db) {
            db.migrateTo("V1");
        }

        @Test
        @RollbackAfter
        void movesOverV2(FluxDatabase db) {
            db.migrateTo("V3");
            assertThat(db.version()).hasToString("3");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(NoWayBack.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class DownToV1 {
        @BeforeAll
        static void startAtV2(FluxDatabase db) {
            db.migrateTo("V2");
        }

        @Test
        @MigrateTo("V1")
        @RollbackAfter
        void isAtV1WithoutEmail(FluxDatabase db) {
            assertThat(db.version()).hasToString("1");
            assertThat(db.schema()).table("users").hasNoColumn("email");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(DownToV1.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class OwnMoves {
        @BeforeAll
        static void startAtV2(FluxDatabase db) {
            db.migrateTo("V2");
        }

        @Test
        @RollbackAfter
        void movesUpDownAndUp(FluxDatabase db) {
            db.migrateTo("V4");
            db.downOne();
            db.upOne();
            assertThat(db.version()).hasToString("4");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(OwnMoves.class, db);
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class OnAClass {
        @BeforeAll
        static void startAtV2(FluxDatabase db) {
            db.migrateTo("V2");
        }

        @AfterAll
        static void end(FluxDatabase db) {
            Samples.recordEnd(OnAClass.class, db);
        }

        @Nested
        @RollbackAfter
        class Inner {
            @Test
            @MigrateTo("V3")
            void isAtV3(FluxDatabase db) {
                assertThat(db.version()).hasToString("3");
            }

            @Test
            @MigrateTo("V4")
            void isAtV4(FluxDatabase db) {
                assertThat(db.version()).hasToString("4");
            }
        }
    }
}
