package dev.flux.junit;

import dev.flux.junit.internal.Lifecycle;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link FluxTest}. Register it with {@code @FluxTest}, or programmatically when the
 * settings are computed:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FluxExtension flux = FluxExtension.builder().config(Path.of("db/flux.toml")).build();
 * }</pre>
 *
 * Register it in a {@code static} field, so that a class without database is skipped as a whole. Its
 * state lives in JUnit's stores under {@code Namespace.create(FluxExtension.class)}.
 */
public final class FluxExtension implements ExecutionCondition, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(FluxExtension.class);

    private final Lifecycle lifecycle;

    /** The extension as {@code @FluxTest} and {@code @ExtendWith} create it: settings from {@code @FluxTest}. */
    public FluxExtension() {
        this.lifecycle = new Lifecycle(NAMESPACE, null, null);
    }

    private FluxExtension(Path config, boolean repeatables) {
        this.lifecycle = new Lifecycle(NAMESPACE, config, repeatables);
    }

    /** A builder for {@code @RegisterExtension}; do not combine it with {@code @FluxTest}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return lifecycle.condition(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        lifecycle.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        lifecycle.afterEach(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return lifecycle.supports(parameter);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return lifecycle.resolve(parameter, context);
    }

    /** Settings of a {@link FluxExtension}; the same as the attributes of {@link FluxTest}. */
    public static final class Builder {
        private Path config = Path.of("flux.toml");
        private boolean repeatables = true;

        private Builder() {
        }

        /** The project's {@code flux.toml}; relative paths resolve against the working directory. */
        public Builder config(Path file) {
            this.config = file;
            return this;
        }

        /** Whether the pre-apply and post-apply scripts run around moves (default true). */
        public Builder repeatables(boolean run) {
            this.repeatables = run;
            return this;
        }

        public FluxExtension build() {
            return new FluxExtension(config, repeatables);
        }
    }
}
