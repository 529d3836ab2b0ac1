package dev.flux.internal.settings;

import dev.flux.FluxListener;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.internal.config.FluxConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How commands run: whether rollbacks run the pre/post-apply scripts too, whether those scripts run at all,
 * whether migrations are found once per {@code Flux} instead of once per command, and the listener that
 * hears of progress (every listener given to the builder).
 */
public record RunSettings(boolean applyRepeatableOnUndo, boolean repeatables, boolean discoverOnce,
                          FluxListener listener) {
    public RunSettings {
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * {@code applyRepeatableOnUndo} as given to the builder, else as {@code file} says, else true; the rest as
     * given.
     *
     * @param file {@code flux.toml}, or null
     */
    public static RunSettings resolve(Given.Run given, FluxConfig file) {
        boolean onUndo = given.applyRepeatableOnUndo() != null ? given.applyRepeatableOnUndo()
                : file == null || file.applyRepeatableOnUndo();
        return new RunSettings(onUndo, given.repeatables(), given.discoverOnce(), new Listeners(given.listeners()));
    }

    /** Forwards events to every listener, in the order they were given. */
    private record Listeners(List<FluxListener> all) implements FluxListener {
        @Override
        public void stepStarted(Step step) {
            all.forEach(l -> l.stepStarted(step));
        }

        @Override
        public void stepFinished(Step step, Duration elapsed) {
            all.forEach(l -> l.stepFinished(step, elapsed));
        }

        @Override
        public void commandFinished(Result result) {
            all.forEach(l -> l.commandFinished(result));
        }
    }
}
