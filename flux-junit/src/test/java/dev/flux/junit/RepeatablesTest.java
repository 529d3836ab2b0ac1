package dev.flux.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.flux.FluxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.Events;

/** The views project's post-apply script needs V2's column, so with repeatables a move to V1 fails. */
class RepeatablesTest {
    @Test
    void repeatablesRunAroundMovesSoTheMoveToV1FailsOnThePostApplyScript() {
        Events tests = Samples.run(WithRepeatables.class).testEvents();

        assertThat(Samples.outcomes(tests)).isEqualTo(Map.of(
                "latest(FluxDatabase)", "SUCCESSFUL",
                "earlier()", "FAILED"));
        tests.assertThatEvents().haveExactly(1, event(test("earlier"), finishedWithFailure(
                instanceOf(FluxException.class), message(m -> m.contains("FLUX-REPEATABLE")
                        && m.contains("010_user_emails") && m.contains("EMAIL")))));
    }

    @Test
    void fluxTestCanTurnThemOff() {
        assertThat(Samples.outcomes(Samples.run(WithoutRepeatables.class).testEvents()))
                .isEqualTo(Map.of("earlier(FluxDatabase)", "SUCCESSFUL"));
    }

    @Test
    void soCanTheBuilder() {
        assertThat(Samples.outcomes(Samples.run(BuiltWithoutRepeatables.class).testEvents()))
                .isEqualTo(Map.of("latest(FluxDatabase)", "SUCCESSFUL"));
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
