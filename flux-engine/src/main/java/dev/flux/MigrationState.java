package dev.flux;

/** Where one migration stands against the history. */
public enum MigrationState {
    /** Recorded in the history with the same checksum. */
    APPLIED,
    /** Not recorded in the history. */
    PENDING,
    /** Recorded, but its content changed since. */
    CHANGED,
    /** Recorded, but its file or class no longer exists. */
    MISSING,
    /** Recorded as failed part-way; needs a clean-up and {@code repair}. */
    FAILED,
    /**
     * Being applied or undone right now by another migrator, which holds the migration lock;
     * {@link MigrationInfo#detail()} names it where the database can tell.
     */
    RUNNING,
    /**
     * A file or class flux cannot use as it is (a bad name, a duplicate version, a script that does not
     * split); {@link MigrationInfo#detail()} says why, and validation lists every detail.
     */
    INVALID,
    /**
     * Recorded by a baseline (or taken over from another tool): the database already had it when flux took
     * over, so flux never ran it and never undoes it.
     */
    BASELINE
}
