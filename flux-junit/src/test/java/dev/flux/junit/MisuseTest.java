package dev.flux.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class MisuseTest {
    @Test
    void anUnknownTargetNamesTheTestAndTheNearestVersions() {
        run(UnknownTarget.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.startsWith("@MigrateTo(\"V9\") on dev.flux.junit.MisuseTest$UnknownTarget.test(): FLUX-TARGET")
                        && m.contains("V5")))));
    }

    @Test
    void aBlankTargetIsRefused() {
        run(BlankTarget.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@MigrateTo on dev.flux.junit.MisuseTest$BlankTarget names no version; write it like"
                        + " @MigrateTo(\"V5\")."))));
    }

    @Test
    void aMissingFluxTomlIsNamedWithTheWorkingDirectory() {
        run(MissingConfig.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m ->
                m.contains(Path.of("no/such/flux.toml").toAbsolutePath() + " does not exist")
                        && m.contains("@FluxTest(config = \"...\")")))));
    }

    @Test
    void fluxTestAndARegisteredExtensionTogetherAreRefused() {
        run(Twice.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m ->
                m.contains("has @FluxTest and also registers a FluxExtension")))));
    }

    @Test
    void aBrokenFluxTomlFailsWithItsPosition() {
        run(UnknownBackend.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(message(m ->
                m.contains("FLUX-BACKEND") && m.contains("unknown backend 'oracel'")))));
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().allEvents();
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class UnknownTarget {
        @Test
        @MigrateTo("V9")
        void test() {
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    @MigrateTo(" ")
    static class BlankTarget {
        @Test
        void test() {
        }
    }

    @FluxTest(config = "no/such/flux.toml")
    static class MissingConfig {
        @Test
        void test() {
        }
    }

    @FluxTest(config = "src/test/resources/projects/shop/flux.toml")
    static class Twice {
        @RegisterExtension
        static FluxExtension flux = FluxExtension.builder().config(Path.of("src/test/resources/projects/shop/flux.toml"))
                .build();

        @Test
        void test() {
        }
    }

    @FluxTest(config = "src/test/resources/projects/unknown-backend/flux.toml")
    static class UnknownBackend {
        @Test
        void test() {
        }
    }
}
