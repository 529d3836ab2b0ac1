package dev.flux.cli;

import dev.flux.FluxListener;
import dev.flux.Step;
import dev.flux.text.Summary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's steps: a line per finished step with its time (as the Maven plugin prints it), the steps kept for
 * the JSON document, and the progress line kept up to date when there is one.
 */
final class StepLog implements FluxListener {
    private final Output output;
    private final List<Map<String, Object>> steps = new ArrayList<>();
    private Progress progress;

    StepLog(Output output) {
        this.output = output;
    }

    /** Shows {@code line} below the steps from now on; null for none. */
    void progress(Progress line) {
        this.progress = line;
    }

    @Override
    public void stepStarted(Step step) {
        if (progress != null) {
            progress.started(step);
        }
    }

    @Override
    public void stepFinished(Step step, Duration elapsed) {
        steps.add(Json.object("id", step.id(), "kind", step.kind().name(), "file", step.file(),
                "milliseconds", elapsed.toMillis()));
        if (progress != null) {
            progress.clear();
        }
        output.info("  " + Summary.step(step, elapsed));
        if (progress != null) {
            progress.finished();
        }
    }

    @Override
    public void stepSkipped(Step step, String reason) {
        if (progress != null) {
            progress.clear();
        }
        output.info("  " + Summary.skipped(step, reason));
    }

    /** The steps run so far: id, kind, file and milliseconds each. */
    List<Map<String, Object>> steps() {
        return List.copyOf(steps);
    }
}
