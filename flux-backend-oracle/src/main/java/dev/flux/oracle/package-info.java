/**
 * The Oracle Database backend of flux: {@link dev.flux.oracle.OracleBackendProvider} and its
 * {@link dev.flux.oracle.OracleStatementSplitter}.
 */
package dev.flux.oracle;
