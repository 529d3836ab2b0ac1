package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
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

        tests.assertStatistics(s -> s.started(5).succeeded(5).failed(0).aborted(0));
        assertThat(tests.succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("V1__users", "V2__email", "V3__orders", "V4__backfill_email", "V5__audit");
    }

    @Test
    void anUndoThatForgetsAColumnFailsNamingTheMigrationAndTheColumn() {
        Events tests = run(UndoForgetsAColumn.class, false).testEvents();

        tests.assertStatistics(s -> s.started(4).succeeded(3).failed(1));
        tests.assertThatEvents().haveExactly(1, event(displayName("V3__order_note"), finishedWithFailure(
                message("after undo of V3__order_note: column ORDERS.NOTE still exists"))));
        tests.assertThatEvents().haveExactly(1, event(displayName("V4__invoices"), finishedSuccessfully()));
    }

    @Test
    void aMigrationWithoutUndoIsSkippedWithItsName() {
        Events tests = run(MissingUndo.class, false).testEvents();

        tests.assertStatistics(s -> s.started(3).succeeded(2).aborted(1).failed(0));
        tests.assertThatEvents().haveExactly(1, event(displayName("V2__seed_admin"), abortedWithReason(
                message(m -> m.startsWith("V2__seed_admin has no undo, so its round trip is skipped")))));
    }

    @Test
    void strictRoundTripsFailAMigrationWithoutUndo() {
        Events tests = run(MissingUndo.class, true).testEvents();

        tests.assertStatistics(s -> s.started(3).succeeded(2).failed(1));
        tests.assertThatEvents().haveExactly(1, event(displayName("V2__seed_admin"), finishedWithFailure(
                message(m -> m.contains("has no undo, so its round trip fails")))));
    }

    @Test
    void optionsGivenInCodeWinOverTheConfigurationParameters() {
        Events tests = run(MissingUndoStrictInCode.class, false).testEvents();

        tests.assertStatistics(s -> s.failed(1).aborted(0));
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
