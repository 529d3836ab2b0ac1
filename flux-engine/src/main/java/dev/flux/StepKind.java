package dev.flux;

/** What a step of a run does. */
public enum StepKind {
    /** A script of {@code pre-apply/}, run before a batch. */
    PRE_APPLY,
    /** A versioned migration applied. */
    APPLY,
    /** A versioned migration undone. */
    UNDO,
    /** A script of {@code post-apply/}, run after a batch. */
    POST_APPLY
}
