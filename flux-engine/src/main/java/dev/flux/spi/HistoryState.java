package dev.flux.spi;

/** The state of a row of the history table. */
public enum HistoryState {
    /** The migration was applied completely. */
    APPLIED,
    /** The migration is being applied, or its apply stopped part-way. */
    RUNNING,
    /** The migration is being undone, or its undo stopped part-way. */
    UNDOING
}
