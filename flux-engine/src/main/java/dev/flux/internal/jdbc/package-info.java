/**
 * JDBC plumbing: a driver-based {@link javax.sql.DataSource} and the redaction of passwords in URLs and
 * messages. Internal: no compatibility guarantees.
 */
package dev.flux.internal.jdbc;
