package dev.flux.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database-specific half of one migrator, made of parts that can be written and tested one at a time:
 * the {@link MigrationLock}, the {@link History} table and the {@link SchemaReader}, around the migration
 * connection that this interface owns and the statements it executes. The engine drives it from one thread:
 * it takes the lock, reads and creates the history, and runs statements and history writes on
 * {@link #connection()}, managing transactions there with plain JDBC ({@code setAutoCommit}, {@code commit},
 * {@code rollback}). {@link AbstractMigrationBackend} holds the parts and closes them in order.
 */
public interface MigrationBackend extends AutoCloseable {
    /**
     * Whether DDL can be rolled back. When false (the default, which is safe on every database), the engine
     * commits a running history row before each migration's first statement and counts completed
     * statements (the running-row protocol).
     */
    default boolean transactionalDdl() {
        return false;
    }

    /**
     * Whether the database outlives the migrator's process. When false (an in-memory database that ends
     * with the process), a crash mid-migration can never be seen afterwards, so the engine skips the
     * running-row protocol's writes: one history write per migration, at its end, or a failed row with the
     * count of completed statements when a statement fails. True by default.
     */
    default boolean outlivesProcess() throws SQLException {
        return true;
    }

    /** The connection migrations and history writes run on, opened on first use. */
    Connection connection() throws SQLException;

    /** Runs one statement of a migration on {@link #connection()}. */
    default void execute(SqlStatement statement) throws SQLException {
        try (var jdbc = connection().createStatement()) {
            jdbc.execute(statement.sql());
        }
    }

    /** The lock part; the same object on every call. */
    MigrationLock migrationLock();

    /** The history part; the same object on every call. */
    History history();

    /** The snapshot part. */
    SchemaReader schemaReader();

    /** Closes the parts (releasing the lock if held) and every connection. */
    @Override
    void close();
}
