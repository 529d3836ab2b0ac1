package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The views project's post-apply script needs V2's column, so with repeatables a move to V1 fails. */
class RepeatablesTest {
    @Test
    void repeatablesRunAroundMoves() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithRepeatables.class)).execute().testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(1))
                .assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m -> m.contains("FLUX-REPEATABLE")))));
    }

    @Test
    void fluxTestCanTurnThemOff() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(WithoutRepeatables.class)).execute().testEvents()
                .assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void soCanTheBuilder() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(BuiltWithoutRepeatables.class)).execute()
                .testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @FluxTest(config = "src/test/resources/projects/views/flux.toml")
    static class WithRepeatables {
        @Test
        @MigrateTo("V2")
        void latest(FluxDatabase db) {
            assertThat(db.schema().objects("view")).hasSize(1);
        }

        @Test
        @MigrateTo("V1")
        void earlier() {
        }
    }

    @FluxTest(config = "src/test/resources/projects/views/flux.toml", repeatables = false)
    static class WithoutRepeatables {
        @Test
        @MigrateTo("V1")
        void earlier(FluxDatabase db) {
            assertThat(db.schema().objects("view")).isEmpty();
        }
    }

    static class BuiltWithoutRepeatables {
        @RegisterExtension
        static FluxExtension flux = FluxExtension.builder().config(Path.of("src/test/resources/projects/views/flux.toml"))
                .repeatables(false).build();

        @Test
        @MigrateTo("V2")
        void latest(FluxDatabase db) {
            assertThat(db.schema().objects("view")).isEmpty();
        }
    }
}
