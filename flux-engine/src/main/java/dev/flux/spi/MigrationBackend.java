package dev.flux.spi;

import dev.flux.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The database-specific half of a migrator. The engine drives it from one thread: it takes the lock,
 * creates the history table, and runs statements and history writes on {@link #connection()}, managing
 * transactions there with plain JDBC ({@code setAutoCommit}, {@code commit}, {@code rollback}).
 */
public interface MigrationBackend extends AutoCloseable {
    /**
     * Whether DDL can be rolled back. When false, the engine commits a running history row before each
     * migration's first statement and counts completed statements (the running-row protocol).
     */
    boolean transactionalDdl();

    /** The connection migrations and history writes run on, opened on first use. */
    Connection connection() throws SQLException;

    /**
     * Takes the migration lock, held by a database session of its own so that it survives the commits of
     * DDL and disappears with its holder. Waits up to the lock timeout, then fails with code {@code LOCK}
     * naming the holder where the database can tell.
     */
    void lock();

    /** Releases the lock; does nothing when it is not held. */
    void unlock();

    /** Fails with code {@code LOCK} when the lock's session is no longer alive. Called before each commit. */
    void checkLock();

    /** Whether the history table exists; never creates it. */
    boolean historyExists() throws SQLException;

    /** Creates the history table (and its schema) if missing; safe when two migrators do it at once. */
    void createHistory() throws SQLException;

    /** Every history row, in version order; empty when the table does not exist. */
    List<HistoryRow> readHistory() throws SQLException;

    /** Inserts a row, in the connection's current transaction. */
    void insertHistory(HistoryRow row) throws SQLException;

    /**
     * Updates the state, count of completed statements and execution time of the row with
     * {@code row.version()}.
     */
    void updateHistory(HistoryRow row) throws SQLException;

    /** Replaces the id and checksum of the row of {@code version} (repair of an accepted change). */
    void updateChecksum(Version version, String id, String checksum) throws SQLException;

    /** Deletes the row of {@code version}. */
    void deleteHistory(Version version) throws SQLException;

    /** Runs one statement of a migration on {@link #connection()}. */
    default void execute(SqlStatement statement) throws SQLException {
        try (var jdbc = connection().createStatement()) {
            jdbc.execute(statement.sql());
        }
    }

    /** The schema as the database describes it, without flux's own tables. */
    SchemaSnapshot snapshot() throws SQLException;

    /** Releases the lock if held and closes every connection. */
    @Override
    void close();
}
