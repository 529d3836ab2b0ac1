package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.flux.ErrorCode;
import dev.flux.FluxException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * A target that names a full id must match an existing migration's id exactly, in the extension as in the
 * library: {@code V5__no_such_id} is {@code FLUX-TARGET}, never a move to V5.
 */
class TargetIdsTest {
    @Test
    void migrateToAnIdThatNoMigrationHasFailsTheTestWithFluxTarget() {
        run(selectClass(UnknownId.class)).assertThatEvents().haveExactly(1, event(test("test"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.startsWith("@MigrateTo(\"V5__no_such_id\") on " + UnknownId.class.getName()
                        + ".test(): FLUX-TARGET") && m.contains("no migration has the id V5__no_such_id")
                        && m.contains("V5__audit") && m.contains("nearest existing versions: V4, V5")))));
    }

    @Test
    void rollbackAfterAnUnknownIdLeavesTheDatabaseWhereItWas() {
        Events events = run(selectClass(UnknownIdWithRollbackAfter.class));
        events.assertThatEvents()
                .haveExactly(1, event(test("moveToAnUnknownId"), finishedWithFailure(message(m ->
                        m.contains("FLUX-TARGET") && m.contains("no migration has the id V5__no_such_id")))))
                .haveExactly(1, event(test("stillAtV2"), finishedSuccessfully()));
    }

    @Test
    void fluxDatabaseMigrateToAnUnknownIdThrowsFluxTarget() {
        run(selectClass(InTheTest.class)).assertThatEvents().haveExactly(1, event(test("unknownId"),
                finishedSuccessfully()));
    }

    @Test
    void anIdThatExistsIsAccepted() {
        run(selectClass(KnownId.class)).assertThatEvents().haveExactly(1, event(test("test"),
                finishedSuccessfully()));
    }

    private static Events run(DiscoverySelector selector) {
        return EngineTestKit.engine("junit-jupiter").selectors(selector).execute().testEvents();
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class UnknownId {
        @Test
        @MigrateTo("V5__no_such_id")
        void test() {
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class UnknownIdWithRollbackAfter {
        @Test
        @Order(1)
        @MigrateTo("V2")
        void atV2(FluxDatabase db) {
            assertThat(db.version()).hasToString("2");
        }

        @Test
        @Order(2)
        @MigrateTo("V5__no_such_id")
        @RollbackAfter
        void moveToAnUnknownId() {
        }

        @Test
        @Order(3)
        void stillAtV2(FluxDatabase db) {
            assertThat(db.version()).hasToString("2");
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class InTheTest {
        @Test
        void unknownId(FluxDatabase db) {
            db.migrateTo("V2");
            try {
                db.migrateTo("V5__no_such_id");
                throw new AssertionError("moved to " + db.version());
            } catch (FluxException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.TARGET);
                assertThat(e.getMessage()).contains("no migration has the id V5__no_such_id");
            }
            assertThat(db.version()).hasToString("2");
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class KnownId {
        @Test
        @MigrateTo("V5__audit")
        void test(FluxDatabase db) {
            assertThat(db.version()).hasToString("5");
        }
    }
}
