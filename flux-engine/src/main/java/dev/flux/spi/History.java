package dev.flux.spi;

import dev.flux.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The history part of a backend: flux's history table, one row per applied (or partly applied) migration.
 * Every method works on the connection it is given, which is the migration connection when the engine calls
 * it; writes run in that connection's current transaction and never commit. {@link JdbcHistory} implements it
 * for SQL databases. Tested on its own by the TCK's {@code HistoryTck}.
 */
public interface History extends AutoCloseable {
    /** Whether the history table exists; never creates it. */
    boolean exists(Connection connection) throws SQLException;

    /**
     * Creates the history table (and its schema, where the backend creates schemas) unless it exists; safe
     * when two migrators do it at the same moment.
     */
    void create(Connection connection) throws SQLException;

    /** Every row, in {@link Version} order; empty when the table does not exist. */
    List<HistoryRow> read(Connection connection) throws SQLException;

    /** Inserts a row; the database sets its {@link HistoryRow#appliedAt()}. */
    void insert(Connection connection, HistoryRow row) throws SQLException;

    /**
     * Sets the state, count of completed statements and execution time of the row of {@code row.version()};
     * a row that becomes {@link HistoryState#APPLIED} gets a new {@link HistoryRow#appliedAt()}.
     */
    void update(Connection connection, HistoryRow row) throws SQLException;

    /** Replaces the id and checksum of the row of {@code version} (repair of an accepted change). */
    void updateChecksum(Connection connection, Version version, String id, String checksum) throws SQLException;

    /** Deletes the row of {@code version}. */
    void delete(Connection connection, Version version) throws SQLException;

    /** Releases what the history keeps open, such as prepared statements; connections stay open. */
    @Override
    default void close() {
    }
}
