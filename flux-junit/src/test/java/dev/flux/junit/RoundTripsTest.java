package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class RoundTripsTest {
    @Test
    void everyMigrationOfACorrectSetPasses() {
        Events tests = run(CorrectSet.class, false).testEvents();

        assertThat(Samples.outcomes(tests)).containsExactly(entry("V1__users", "SUCCESSFUL"),
                entry("V2__email", "SUCCESSFUL"), entry("V3__orders", "SUCCESSFUL"),
                entry("V4__backfill_email", "SUCCESSFUL"), entry("V5__audit", "SUCCESSFUL"));
    }

    @Test
    void anUndoThatForgetsAColumnFailsNamingTheMigrationAndTheColumn() {
        Events tests = run(UndoForgetsAColumn.class, false).testEvents();

        assertThat(Samples.outcomes(tests)).containsExactly(entry("V1__users", "SUCCESSFUL"),
                entry("V2__orders", "SUCCESSFUL"), entry("V3__order_note", "FAILED"),
                entry("V4__invoices", "SUCCESSFUL"));
        tests.assertThatEvents().haveExactly(1, event(displayName("V3__order_note"), finishedWithFailure(
                message("after undo of V3__order_note: column ORDERS.NOTE still exists"))));
    }

    @Test
    void aMigrationWithoutUndoIsSkippedWithItsName() {
        Events tests = run(MissingUndo.class, false).testEvents();

        assertThat(Samples.outcomes(tests)).containsExactly(entry("V1__users", "SUCCESSFUL"),
                entry("V2__seed_admin", "ABORTED"), entry("V3__orders", "SUCCESSFUL"));
        tests.assertThatEvents().haveExactly(1, event(displayName("V2__seed_admin"), abortedWithReason(
                message(m -> m.startsWith("V2__seed_admin has no undo, so its round trip is skipped")))));
    }

    @Test
    void strictRoundTripsFailAMigrationWithoutUndo() {
        Events tests = run(MissingUndo.class, true).testEvents();

        assertThat(Samples.outcomes(tests)).containsExactly(entry("V1__users", "SUCCESSFUL"),
                entry("V2__seed_admin", "FAILED"), entry("V3__orders", "SUCCESSFUL"));
        tests.assertThatEvents().haveExactly(1, event(displayName("V2__seed_admin"), finishedWithFailure(
                message(m -> m.startsWith("V2__seed_admin has no undo, so its round trip fails")))));
    }

    @Test
    void optionsGivenInCodeWinOverTheConfigurationParameters() {
        Events tests = run(MissingUndoStrictInCode.class, false).testEvents();

        assertThat(Samples.outcomes(tests)).containsExactly(entry("V1__users", "SUCCESSFUL"),
                entry("V2__seed_admin", "FAILED"), entry("V3__orders", "SUCCESSFUL"));
        tests.assertThatEvents().haveExactly(1, event(displayName("V2__seed_admin"), finishedWithFailure(
                message(m -> m.startsWith("V2__seed_admin has no undo, so its round trip fails")))));
    }

    private static EngineExecutionResults run(Class<?> sample, boolean strict) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameter("flux.test.roundtrips.strict", String.valueOf(strict))
                .execute();
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class CorrectSet {
        @TestFactory
        @MigrateTo("V3")
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }

    @FluxTest(config = "src/test/resources/projects/broken-undo/flux.toml")
    static class UndoForgetsAColumn {
        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }

    @FluxTest(config = "src/test/resources/projects/no-undo/flux.toml")
    static class MissingUndo {
        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips();
        }
    }

    @FluxTest(config = "src/test/resources/projects/no-undo/flux.toml")
    static class MissingUndoStrictInCode {
        @TestFactory
        Stream<DynamicTest> roundTrips(FluxDatabase db) {
            return db.roundTrips(RoundTripOptions.defaults().strict());
        }
    }
}
