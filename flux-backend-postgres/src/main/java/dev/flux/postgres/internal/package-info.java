/**
 * The PostgreSQL backend's implementation: lock, history table, catalog snapshot, script scanning.
 * Internal: no compatibility guarantees.
 */
package dev.flux.postgres.internal;
