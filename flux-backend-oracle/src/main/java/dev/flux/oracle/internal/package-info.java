/**
 * The implementation of the Oracle backend: script reading, history table, migration lock, statement
 * execution and schema snapshot. No compatibility guarantees; use {@link dev.flux.oracle.OracleBackendProvider}
 * and {@link dev.flux.oracle.OracleStatementSplitter} instead.
 */
package dev.flux.oracle.internal;
