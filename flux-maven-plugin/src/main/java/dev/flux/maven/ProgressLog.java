package dev.flux.maven;

import dev.flux.FluxListener;
import dev.flux.Step;
import java.time.Duration;
import org.apache.maven.plugin.logging.Log;

/** Renders a run's progress to the Maven log: one line per step with its time. */
final class ProgressLog implements FluxListener {
    private final Log log;

    ProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public void stepFinished(Step step, Duration elapsed) {
        log.info("  " + line(step, elapsed));
    }

    /** {@code applied V1__create_users (12 ms)}, {@code ran post-apply/010_views.sql (3 ms)}. */
    static String line(Step step, Duration elapsed) {
        String what = switch (step.kind()) {
            case APPLY -> "applied " + step.id();
            case UNDO -> "undid " + step.id();
            case PRE_APPLY, POST_APPLY -> "ran " + step.file();
        };
        return what + " (" + elapsed.toMillis() + " ms)";
    }
}
