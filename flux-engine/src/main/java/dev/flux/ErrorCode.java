package dev.flux;

/** The stable error codes of flux; every {@link FluxException} carries one. */
public enum ErrorCode {
    /** An applied migration's content changed. */
    CHECKSUM,
    /** An applied migration no longer exists. */
    MISSING,
    /** A pending migration sorts before the latest applied one. */
    GAP,
    /** Two migrations share a version. */
    DUPLICATE,
    /** A {@code .sql} file or Java class whose name breaks the naming rules. */
    NAME,
    /** An undo file without its up file. */
    ORPHAN_UNDO,
    /** An undo file in {@code pre-apply/} or {@code post-apply/}. */
    REPEATABLE_UNDO,
    /** The history holds a failed, partly applied migration. */
    FAILED,
    /** A Java migration cannot be loaded or instantiated, or returned null. */
    JAVA,
    /** {@code flux.toml}, a backend option or an argument is wrong. */
    CONFIG,
    /** An unknown or misplaced {@code -- flux:} directive. */
    DIRECTIVE,
    /** An unterminated string, comment or block in a script. */
    SYNTAX,
    /** A statement failed. */
    SQL,
    /** An unknown or impossible target version. */
    TARGET,
    /** A rollback over a migration that has no undo. */
    NO_UNDO,
    /** An unknown or missing backend. */
    BACKEND,
    /** The database cannot be reached. */
    CONNECT,
    /** The migration lock timed out or was lost. */
    LOCK,
    /** A pre-apply or post-apply script failed. */
    REPEATABLE,
    /** The database has objects but no flux history: it needs a baseline or an import, not V1. */
    NOT_EMPTY,
    /** A baseline or import over a flux history that already has rows. */
    HAS_HISTORY;

    /** The code as shown to users, for example {@code FLUX-ORPHAN-UNDO}. */
    public String id() {
        return "FLUX-" + name().replace('_', '-');
    }

    @Override
    public String toString() {
        return id();
    }
}
