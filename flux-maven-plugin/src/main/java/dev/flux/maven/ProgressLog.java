package dev.flux.maven;

import dev.flux.FluxListener;
import dev.flux.Step;
import dev.flux.text.Summary;
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
        log.info("  " + Summary.step(step, elapsed));
    }

    @Override
    public void stepSkipped(Step step, String reason) {
        log.info("  " + Summary.skipped(step, reason));
    }
}
