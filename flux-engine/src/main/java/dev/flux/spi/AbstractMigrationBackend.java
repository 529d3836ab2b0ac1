package dev.flux.spi;

/**
 * A {@link MigrationBackend} assembled from its parts: it returns the lock, history and schema reader it
 * was made with, and closes them in the reverse order of a command: the history, the migration connection
 * ({@link #closeConnection()}), then the lock, so the lock is released only after the migration session
 * has rolled back what it left open. A backend adds the migration connection and how it runs statements.
 */
public abstract class AbstractMigrationBackend implements MigrationBackend {
    private final MigrationLock lock;
    private final History history;
    private final SchemaReader schemaReader;

    protected AbstractMigrationBackend(MigrationLock lock, History history, SchemaReader schemaReader) {
        this.lock = lock;
        this.history = history;
        this.schemaReader = schemaReader;
    }

    @Override
    public final MigrationLock migrationLock() {
        return lock;
    }

    @Override
    public final History history() {
        return history;
    }

    @Override
    public final SchemaReader schemaReader() {
        return schemaReader;
    }

    /** Closes the migration connection, if open, putting back what the backend changed on it; best effort. */
    protected abstract void closeConnection();

    @Override
    public final void close() {
        try {
            history.close();
            closeConnection();
        } finally {
            lock.close();
        }
    }
}
