package dev.flux.spi;

import java.sql.SQLException;

/**
 * A database server that the tests of one run share (see {@link TestDatabases}). It creates a
 * {@link TestDatabase} for each test class and may copy one, which lets the JUnit extension keep a
 * database at a version as a template instead of replaying migrations. Thread-safe.
 */
public interface TestServer extends AutoCloseable {
    /**
     * What and where, for messages, without any password: {@code "H2 in memory"},
     * {@code "PostgreSQL at jdbc:postgresql://127.0.0.1:5432/test"}.
     */
    String description();

    /**
     * A new, empty database that one test class uses alone (PostgreSQL: a database; Oracle: a user; H2: a
     * database of its own). {@code label} holds only letters, digits and underscores, at most 40 characters;
     * it may go into the database's name so that a leftover can be recognised.
     */
    TestDatabase create(String label) throws SQLException;

    /** Whether {@link #copy} works here. False by default. */
    default boolean canCopy() {
        return false;
    }

    /**
     * A new database holding everything {@code source} holds: schema, data and flux's history. On
     * PostgreSQL, {@code CREATE DATABASE ... TEMPLATE}. The caller makes sure that nobody uses
     * {@code source} while this runs.
     *
     * @throws UnsupportedOperationException when {@link #canCopy()} is false
     */
    default TestDatabase copy(TestDatabase source, String label) throws SQLException {
        throw new UnsupportedOperationException(description() + " cannot copy databases");
    }

    /** Stops what this server started (a container, an embedded server); its databases are closed before. */
    @Override
    void close();
}
