package dev.flux;

import java.time.Duration;

/**
 * Receives progress of a run, so a Maven goal or a test can render it. All methods do nothing by
 * default; they are called on the thread that runs the command. A listener only watches: when it throws,
 * flux logs that and goes on, and the command's outcome does not change.
 */
public interface FluxListener {
    /** A step is about to run. */
    default void stepStarted(Step step) {
    }

    /** A step finished successfully after {@code elapsed}. */
    default void stepFinished(Step step, Duration elapsed) {
    }

    /**
     * A pre-apply or post-apply script was skipped in this batch: its {@code -- flux:since} version is above
     * the version the batch ends at, or (post-apply) the batch ends at 0; {@code reason} says which.
     */
    default void stepSkipped(Step step, String reason) {
    }

    /** A command finished; {@code result} lists what it applied or undid. */
    default void commandFinished(Result result) {
    }
}
