/**
 * The MariaDB backend's implementation: lock, history table, information_schema snapshot, script scanning.
 * Internal: no compatibility guarantees.
 */
package dev.flux.mariadb.internal;
