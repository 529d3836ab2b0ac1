package dev.flux.tck;

/**
 * The conformance suite every flux backend passes. Extend it in the backend's test sources, name the
 * backend and give each test an empty database:
 *
 * <pre>{@code
 * class MyBackendTckTest extends BackendTck {
 *     protected String backendName() { return "mydb"; }
 *     protected TckDatabase createDatabase() { ... a fresh database or schema, dropped on close() ... }
 * }
 * }</pre>
 *
 * It covers the history table, the lock, the portable part of statement splitting, snapshots, and the
 * runner end to end, including a failure at statement 3 of 5 on transactional and non-transactional DDL.
 */
public abstract class BackendTck extends RunnerTck {
}
