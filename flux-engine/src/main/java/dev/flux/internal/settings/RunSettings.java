package dev.flux.internal.settings;

import dev.flux.FluxListener;
import dev.flux.Result;
import dev.flux.Step;
import dev.flux.internal.config.FluxConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How commands run: whether rollbacks run the pre/post-apply scripts too, whether those scripts run at all,
 * whether migrations are found once per {@code Flux} instead of once per command, the listener that
 * hears of progress (every listener given to the builder), and what migrate does on a database that has
 * objects but no history: refuse (the default), go ahead ({@code allowNonEmpty}), or baseline first at
 * {@code baselineOnMigrate} (null: never).
 */
public record RunSettings(boolean applyRepeatableOnUndo, boolean repeatables, boolean discoverOnce,
                          FluxListener listener, boolean allowNonEmpty, String baselineOnMigrate) {
    public RunSettings {
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * {@code applyRepeatableOnUndo} and {@code allowNonEmpty} as given to the builder, else as {@code file}
     * says, else true and false; the rest as given.
     *
     * @param file {@code flux.toml}, or null
     */
    public static RunSettings resolve(Given.Run given, FluxConfig file) {
        boolean onUndo = given.applyRepeatableOnUndo() != null ? given.applyRepeatableOnUndo()
                : file == null || file.applyRepeatableOnUndo();
        boolean nonEmpty = given.allowNonEmpty() != null ? given.allowNonEmpty()
                : file != null && file.allowNonEmpty();
        return new RunSettings(onUndo, given.repeatables(), given.discoverOnce(), new Listeners(given.listeners()),
                nonEmpty, given.baselineOnMigrate());
    }

    /**
     * Forwards events to every listener, in the order they were given. Listeners only watch: one that throws
     * is logged and the others still hear the event, so a broken listener never stops a command half-way.
     */
    private record Listeners(List<FluxListener> all) implements FluxListener {
        private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

        @Override
        public void stepStarted(Step step) {
            tell(l -> l.stepStarted(step), "stepStarted");
        }

        @Override
        public void stepFinished(Step step, Duration elapsed) {
            tell(l -> l.stepFinished(step, elapsed), "stepFinished");
        }

        @Override
        public void stepSkipped(Step step, String reason) {
            tell(l -> l.stepSkipped(step, reason), "stepSkipped");
        }

        @Override
        public void commandFinished(Result result) {
            tell(l -> l.commandFinished(result), "commandFinished");
        }

        private void tell(Consumer<FluxListener> event, String name) {
            for (FluxListener listener : all) {
                try {
                    event.accept(listener);
                } catch (RuntimeException e) {
                    LOG.warn("The listener {} failed in {}; flux goes on without it for this event",
                            listener.getClass().getName(), name, e);
                }
            }
        }
    }
}
