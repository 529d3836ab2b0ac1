package dev.flux.spi;

/** The state of a row of the history table. */
public enum HistoryState {
    /** The migration was applied completely. */
    APPLIED,
    /** The migration is being applied, or its apply stopped part-way. */
    RUNNING,
    /** The migration is being undone, or its undo stopped part-way. */
    UNDOING,
    /**
     * The migration was never run by flux: the database already had its changes when flux took it over
     * (a baseline). It counts as applied, but is never undone.
     */
    BASELINE;

    /** Whether the row counts as applied: {@link #APPLIED} or {@link #BASELINE}, not a failed row. */
    public boolean complete() {
        return this == APPLIED || this == BASELINE;
    }
}
